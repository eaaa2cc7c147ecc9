import { plural } from './format.js';
import type { Messages } from './en.js';

/** French. */
export const fr: Messages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    errorTitle: 'Ce contenu n’a pas pu être chargé.',
    errorKind: {
      network: 'Le flux est injoignable. Vérifiez la connexion et réessayez.',
      http: 'Le serveur du flux a renvoyé une erreur.',
      timeout: 'Le flux a mis trop de temps à répondre.',
      parse: 'Le flux n’est pas du JSON valide.',
      schema: 'Le flux n’est pas dans un format que ces widgets savent lire.',
    },
    staleCopy: (age: string) => `Copie enregistrée ${age} : le flux est injoignable pour le moment.`,
    empty: 'Rien à afficher.',
    skippedRecords: (n: number) =>
      plural('fr', n, {
        one: '# entrée du flux a été ignorée car elle n’est pas valide.',
        other: '# entrées du flux ont été ignorées car elles ne sont pas valides.',
      }),
    source: 'Source',
    sources: 'Sources',
    close: 'Fermer',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'Copie impossible',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
  finder: {},
  countdown: {},
  news: {
    listLabel: 'Actualités',
    readMore: 'Lire la suite',
    showMore: (n: number) => plural('fr', n, { other: 'Afficher # de plus' }),
    shown: (shown: number, total: number) =>
      plural('fr', total, { one: `${shown} actualité affichée sur #`, other: `${shown} actualités affichées sur #` }),
    filterLabel: 'Filtrer les actualités par thème',
    allTags: 'Toutes',
    tagsLabel: 'Thèmes',
    empty: 'Aucune actualité pour le moment.',
    emptyTag: (tag: string) => `Aucune actualité pour le thème « ${tag} ».`,
    showAll: 'Afficher toutes les actualités',
    notANewsFeed: 'Cette adresse n’est pas un flux d’actualités lisible par ces widgets (JSON Feed, RSS, Atom ou flux dcr).',
  },
  fact: {},
};
