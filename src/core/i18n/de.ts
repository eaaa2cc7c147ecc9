import { plural } from './format.js';
import type { Messages } from './en.js';

/** German. */
export const de: Messages = {
  common: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    errorTitle: 'Dieser Inhalt konnte nicht geladen werden.',
    errorKind: {
      network: 'Der Feed ist nicht erreichbar. Bitte Verbindung prüfen und erneut versuchen.',
      http: 'Der Feed-Server hat einen Fehler gemeldet.',
      timeout: 'Der Feed hat zu lange nicht geantwortet.',
      parse: 'Der Feed ist kein gültiges JSON.',
      schema: 'Der Feed hat kein Format, das diese Widgets lesen können.',
    },
    staleCopy: (age: string) => `Gespeicherte Kopie von ${age}: Der Feed ist gerade nicht erreichbar.`,
    empty: 'Nichts anzuzeigen.',
    skippedRecords: (n: number) =>
      plural('de', n, {
        one: '# Eintrag im Feed wurde übersprungen, weil er ungültig ist.',
        other: '# Einträge im Feed wurden übersprungen, weil sie ungültig sind.',
      }),
    source: 'Quelle',
    sources: 'Quellen',
    close: 'Schließen',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren fehlgeschlagen',
    opensInNewTab: '(öffnet in neuem Tab)',
  },
  finder: {},
  countdown: {},
  news: {
    listLabel: 'Neuigkeiten',
    readMore: 'Weiterlesen',
    showMore: (n: number) => plural('de', n, { other: '# weitere anzeigen' }),
    shown: (shown: number, total: number) =>
      plural('de', total, { one: `${shown} von # Meldung angezeigt`, other: `${shown} von # Meldungen angezeigt` }),
    filterLabel: 'Neuigkeiten nach Thema filtern',
    allTags: 'Alle',
    tagsLabel: 'Themen',
    empty: 'Noch keine Neuigkeiten.',
    emptyTag: (tag: string) => `Keine Neuigkeiten zum Thema „${tag}“.`,
    showAll: 'Alle Neuigkeiten anzeigen',
    notANewsFeed: 'Diese Adresse ist kein Newsfeed, den diese Widgets lesen (JSON Feed, RSS, Atom oder dcr-Feed).',
  },
  fact: {},
};
