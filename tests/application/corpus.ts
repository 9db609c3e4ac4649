// The invented people of the application corpus (fixtures/applications/): what each one's résumé
// says, the formats and layouts it is written in, and the profile it is paired with. Nobody here is a
// real person; schools and companies are invented. scripts/make-application-corpus.ts writes the
// files and their expected JSON from this one description.
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt';
/**
 * How an entry is written. `grouped`: the employer's name once (with its work mode), then each role
 * there as a title line and a date line; a school and its degree on one line, then the dates when
 * there are any (issue 25, item 7).
 */
export type EntryStyle = 'title-dash-employer' | 'employer-then-title' | 'dates-first' | 'title-at-employer' | 'grouped';

export interface Person {
  id: string;
  lang: Lang;
  name: string;
  location: string;
  phone: string;
  email: string;
  linkedin: string | null;
  /**
   * `workMode`: written after the employer's name ("(Remote)", "· Remote", "— Télétravail"), and
   * `titleMode` after the title ("(Hybrid)"); neither is part of the name it follows.
   */
  positions: { title: string; employer: string; start: string; end: string | null; bullets?: string[]; workMode?: string; titleMode?: string }[];
  /** A school written without dates has `start` and `end` null; `degreeFirst`: the degree is written before the school. */
  education: { school: string; degree: string; field: string | null; start: string | null; end: string | null; degreeFirst?: boolean }[];
  summary: string;
  skills: string[];
  files: { format: 'txt' | 'pdf' | 'docx' | 'json'; layout: 'one-column' | 'two-column' | 'labelled'; style: EntryStyle }[];
}

const bullets = (...b: string[]): string[] => b;

export const PEOPLE: readonly Person[] = [
  {
    id: 'anna-lindqvist',
    lang: 'en',
    name: 'Anna Lindqvist',
    location: 'Stockholm, Sweden',
    phone: '+46 70 123 45 67',
    email: 'anna.lindqvist@gmail.com',
    linkedin: 'https://www.linkedin.com/in/anna-lindqvist-4a2b3c1',
    summary: 'Backend engineer who likes boring, reliable systems and the people who run them.',
    skills: ['Go', 'PostgreSQL', 'Kubernetes', 'Observability'],
    positions: [
      { title: 'Senior Software Engineer', employer: 'Norrsken Systems', start: '2021-03', end: null, bullets: bullets('Led the move of the billing platform to event sourcing.', 'Mentored four engineers through their first on-call rotations.') },
      { title: 'Software Engineer', employer: 'Fjord Analytics', start: '2017-08', end: '2021-02', bullets: bullets('Built the ingestion pipeline that handles two billion events a day.') },
      { title: 'Junior Developer', employer: 'Lagom Web', start: '2015-06', end: '2017-07', bullets: bullets('Wrote and maintained customer web shops in PHP and JavaScript.') },
    ],
    education: [
      { school: 'Nordic Institute of Technology', degree: 'Master of Science', field: 'Computer Science', start: '2013', end: '2015' },
      { school: 'Nordic Institute of Technology', degree: 'Bachelor of Science', field: 'Computer Science', start: '2010', end: '2013' },
    ],
    files: [
      { format: 'txt', layout: 'labelled', style: 'title-at-employer' },
      { format: 'pdf', layout: 'one-column', style: 'title-dash-employer' },
      { format: 'docx', layout: 'one-column', style: 'employer-then-title' },
      { format: 'json', layout: 'one-column', style: 'title-dash-employer' },
    ],
  },
  {
    id: 'marta-lindqvist',
    lang: 'en',
    name: 'Marta Lindqvist',
    location: 'Gothenburg, Sweden',
    phone: '+46 70 765 43 21',
    email: 'marta.lindqvist@outlook.com',
    linkedin: 'https://www.linkedin.com/in/marta-lindqvist-example/',
    summary: 'Data leader who builds analytics teams that the business trusts.',
    skills: ['SQL', 'Python', 'Forecasting', 'Team leadership'],
    positions: [
      { title: 'Head of Data & Analytics', employer: 'Nordlys Energi', start: '2022-03', end: null, bullets: bullets('Built the analytics team from two to nine people.') },
      { title: 'Analytics Manager', employer: 'Kustbanken', start: '2019-01', end: '2022-02', bullets: bullets('Ran credit-risk reporting for the retail bank.') },
      { title: 'Senior Analyst', employer: 'Kustbanken', start: '2016', end: '2018-12' },
      { title: 'Data Intern', employer: 'Fika Labs', start: '2015-06', end: '2015-06' },
    ],
    education: [{ school: 'Chalmers University of Technology', degree: 'Master of Science', field: 'Engineering Mathematics', start: '2011', end: '2014' }],
    files: [{ format: 'pdf', layout: 'two-column', style: 'employer-then-title' }],
  },
  {
    id: 'katrin-vogel',
    lang: 'de',
    name: 'Katrin Vogel',
    location: 'München, Deutschland',
    phone: '+49 151 23456789',
    email: 'katrin.vogel@posteo.de',
    linkedin: 'https://www.linkedin.com/in/katrin-vogel-example/',
    summary: 'Einkaufsleiterin mit Erfahrung in Antriebstechnik und Logistik.',
    skills: ['SAP MM', 'Verhandlung', 'Lieferantenmanagement'],
    positions: [
      { title: 'Leiterin Einkauf', employer: 'Isar Antriebe GmbH', start: '2019-02', end: null, bullets: bullets('Verantwortung für ein Einkaufsvolumen von 40 Mio. Euro im Jahr.') },
      { title: 'Einkäuferin', employer: 'Isar Antriebe GmbH', start: '2018-07', end: '2019-01' },
      { title: 'Werkstudentin', employer: 'Brezn Logistik', start: '2016-03', end: '2017-12', bullets: bullets('Unterstützung der Disposition und der Tourenplanung.') },
      { title: 'Praktikantin', employer: 'Stadtwerke Beispielstadt', start: '2015-05', end: '2015-05' },
    ],
    education: [{ school: 'Technische Universität München', degree: 'M.Sc.', field: 'Wirtschaftsingenieurwesen', start: '2012-10', end: '2014-09' }],
    files: [
      { format: 'pdf', layout: 'two-column', style: 'dates-first' },
      { format: 'docx', layout: 'two-column', style: 'title-dash-employer' },
    ],
  },
  {
    id: 'claire-dubois',
    lang: 'fr',
    name: 'Claire Dubois',
    location: 'Lyon, France',
    phone: '+33 6 12 34 56 78',
    email: 'claire.dubois@orange.fr',
    linkedin: 'https://www.linkedin.com/in/claire-dubois-lyon',
    summary: 'Ingénieure logicielle, passionnée par les systèmes distribués et la qualité du code.',
    skills: ['Java', 'Kotlin', 'Kafka', 'PostgreSQL'],
    positions: [
      { title: 'Ingénieure logicielle senior', employer: 'Rhône Numérique SAS', start: '2020-09', end: null, bullets: bullets("Conception de la plateforme de paiement utilisée par 300 commerçants.") },
      { title: 'Développeuse back-end', employer: 'Soie Data', start: '2016-01', end: '2020-08', bullets: bullets('Développement des services de facturation en Java.') },
      { title: 'Stagiaire développement', employer: 'Canut Labs', start: '2015-03', end: '2015-08' },
    ],
    education: [
      { school: 'Université de Fourvière', degree: 'Master', field: 'informatique', start: '2013', end: '2015' },
      { school: 'Université de Fourvière', degree: 'Licence', field: 'informatique', start: '2010', end: '2013' },
    ],
    files: [
      { format: 'txt', layout: 'one-column', style: 'title-dash-employer' },
      { format: 'pdf', layout: 'two-column', style: 'title-at-employer' },
      { format: 'docx', layout: 'one-column', style: 'dates-first' },
    ],
  },
  {
    id: 'lucia-romero',
    lang: 'es',
    name: 'Lucía Romero',
    location: 'Valencia, España',
    phone: '+34 612 34 56 78',
    email: 'lucia.romero@gmail.com',
    linkedin: 'https://www.linkedin.com/in/lucia-romero-datos',
    summary: 'Analista de datos con experiencia en consultoría y en el sector agroalimentario.',
    skills: ['R', 'Python', 'Power BI'],
    positions: [
      { title: 'Analista de datos', employer: 'Naranja Analítica S.L.', start: '2019-03', end: null, bullets: bullets('Modelos de previsión de la demanda para cooperativas agrícolas.') },
      { title: 'Consultora junior', employer: 'Turia Consultores', start: '2017-09', end: '2019-02' },
    ],
    education: [{ school: 'Universidad del Turia', degree: 'Grado', field: 'Matemáticas', start: '2013', end: '2017' }],
    files: [{ format: 'txt', layout: 'one-column', style: 'employer-then-title' }],
  },
  {
    id: 'joao-pereira',
    lang: 'pt',
    name: 'João Pereira',
    location: 'Porto, Portugal',
    phone: '+351 912 345 678',
    email: 'joao.pereira@sapo.pt',
    linkedin: null,
    summary: 'Engenheiro de software com foco em sistemas de logística.',
    skills: ['TypeScript', 'Node.js', 'AWS'],
    positions: [
      { title: 'Engenheiro de software', employer: 'Douro Tech Lda', start: '2020-01', end: null },
      { title: 'Desenvolvedor', employer: 'Ribeira Sistemas', start: '2017-03', end: '2019-12' },
    ],
    education: [{ school: 'Universidade do Douro', degree: 'Mestrado', field: 'Engenharia Informática', start: '2012', end: '2017' }],
    files: [{ format: 'docx', layout: 'two-column', style: 'title-dash-employer' }],
  },
  {
    id: 'henrik-dahl',
    lang: 'en',
    name: 'Henrik Dahl',
    location: 'Oslo, Norway',
    phone: '+47 412 34 567',
    email: 'henrik.dahl@proton.me',
    linkedin: 'https://www.linkedin.com/in/henrik-dahl-oslo',
    summary: 'Engineering manager with twenty years of building and running software for logistics, energy and retail.',
    skills: ['Java', 'Go', 'Distributed systems', 'Hiring', 'Incident management'],
    positions: [
      ['Engineering Manager', 'Fjellheim Logistics', '2022-01', null],
      ['Staff Engineer', 'Fjellheim Logistics', '2019-04', '2021-12'],
      ['Senior Software Engineer', 'Kraftverk Digital', '2016-02', '2019-03'],
      ['Software Engineer', 'Kraftverk Digital', '2013-09', '2016-01'],
      ['Software Engineer', 'Torget Retail', '2011-01', '2013-08'],
      ['Junior Developer', 'Torget Retail', '2009-06', '2010-12'],
      ['Developer', 'Bryggen Web', '2007-08', '2009-05'],
      ['Trainee Developer', 'Bryggen Web', '2006-09', '2007-07'],
    ].map(([title, employer, start, end]) => ({
      title: title!,
      employer: employer!,
      start: start!,
      end: end ?? null,
      bullets: bullets(
        'Planned and delivered the quarterly roadmap with product and operations, keeping the release train on a two-week cadence.',
        'Reduced incident volume by a third through better alerting, runbooks and blameless reviews after each outage.',
        'Interviewed and onboarded engineers, and wrote the team guide to code review and on-call duties.',
        'Worked with finance on the cloud budget and moved batch workloads to cheaper capacity without missing a deadline.',
      ),
    })),
    education: [
      { school: 'Norwegian College of Computing', degree: 'Master of Science', field: 'Informatics', start: '2004', end: '2006' },
      { school: 'Norwegian College of Computing', degree: 'Bachelor of Science', field: 'Informatics', start: '2001', end: '2004' },
    ],
    files: [{ format: 'pdf', layout: 'one-column', style: 'title-dash-employer' }],
  },
  // Résumés as people write them (issue 25, item 7): titles with commas, a work mode after the
  // employer, several roles under one employer's name, schools with a comma in their name, and
  // schools without dates.
  {
    id: 'tom-hargreaves',
    lang: 'en',
    name: 'Tom Hargreaves',
    location: 'Leeds, United Kingdom',
    phone: '+44 7911 234567',
    email: 'tom.hargreaves@fastmail.com',
    linkedin: 'https://www.linkedin.com/in/tom-hargreaves-leeds',
    summary: 'Engineer turned founder who still writes the hard parts of the code.',
    skills: ['Python', 'Rust', 'Data pipelines'],
    positions: [
      { title: 'Co-Founder, CTO', employer: 'Brightwater Analytics', start: '2021-01', end: null, workMode: '(Remote)', bullets: bullets('Built the product and the team of six that runs it.') },
      { title: 'Senior Software Engineer', employer: 'Kestrel Systems', start: '2018-04', end: '2020-12' },
      { title: 'Software Engineer', employer: 'Kestrel Systems', start: '2015-09', end: '2018-03', bullets: bullets('Wrote the scheduling service used by every warehouse.') },
    ],
    education: [
      { school: 'University of Northbridge, Eastfield Campus', degree: 'Master of Science', field: 'Computer Science', start: '2014', end: '2015' },
      { school: 'Harrowgate College', degree: 'Bachelor of Science', field: 'Mathematics', start: null, end: null },
    ],
    files: [
      { format: 'txt', layout: 'one-column', style: 'grouped' },
      { format: 'docx', layout: 'one-column', style: 'grouped' },
    ],
  },
  {
    id: 'jonas-becker',
    lang: 'de',
    name: 'Jonas Becker',
    location: 'Leipzig, Deutschland',
    phone: '+49 151 23456789',
    email: 'jonas.becker@posteo.de',
    linkedin: null,
    summary: 'Entwickler mit Freude an wartbarer Software und guten Teams.',
    skills: ['Java', 'Kotlin', 'PostgreSQL'],
    positions: [
      { title: 'Teamleiter Entwicklung', employer: 'Elbtal Software GmbH', start: '2020-05', end: null, workMode: '(remote)' },
      { title: 'Softwareentwickler', employer: 'Elbtal Software GmbH', start: '2016-02', end: '2020-04', bullets: bullets('Entwicklung der Abrechnungsplattform für Stadtwerke.') },
      { title: 'Werkstudent', employer: 'Auenwald Medien GmbH', start: '2014-04', end: '2016-01' },
    ],
    education: [
      { school: 'Hochschule für Technik, Medien und Wirtschaft Grünau', degree: 'M.Sc.', field: 'Informatik', start: '2013', end: '2015' },
      { school: 'Fachhochschule Muldental', degree: 'B.Sc.', field: 'Informatik', start: null, end: null },
    ],
    files: [{ format: 'txt', layout: 'labelled', style: 'grouped' }],
  },
  {
    id: 'camille-rousseau',
    lang: 'fr',
    name: 'Camille Rousseau',
    location: 'Nantes, France',
    phone: '+33 6 12 34 56 78',
    email: 'camille.rousseau@laposte.net',
    linkedin: 'https://www.linkedin.com/in/camille-rousseau-nantes',
    summary: 'Développeuse devenue responsable technique, attachée aux logiciels simples et durables.',
    skills: ['TypeScript', 'PHP', 'PostgreSQL'],
    positions: [
      { title: 'Responsable technique', employer: 'Atelier Numérique SAS', start: '2019-09', end: null, workMode: '(télétravail)' },
      { title: 'Développeuse', employer: 'Atelier Numérique SAS', start: '2016-01', end: '2019-08' },
      { title: 'Consultante, chargée de mission', employer: 'Groupe Ardoise', start: '2013-10', end: '2015-12' },
    ],
    education: [
      { school: "Institut des Sciences, Arts et Métiers de l'Erdre", degree: 'Master', field: 'Informatique', start: '2011', end: '2013' },
      { school: "Université de l'Erdre", degree: 'Licence', field: 'Mathématiques', start: null, end: null },
    ],
    files: [{ format: 'txt', layout: 'one-column', style: 'grouped' }],
  },
  // More of them (issue 25, item 7, second part): a title with commas at an employer written with
  // its work mode in each of the ways people write it ("(Remote)", "· Remote", "— Télétravail",
  // "(Hybrid)", "(à distance)"), a work mode after a title, promotions (two or three roles at one
  // employer), schools with a comma in their name, schools without dates, and the degree written
  // before the school.
  {
    id: 'grace-okafor',
    lang: 'en',
    name: 'Grace Okafor',
    location: 'Manchester, United Kingdom',
    phone: '+44 7912 345678',
    email: 'grace.okafor@fastmail.com',
    linkedin: 'https://www.linkedin.com/in/grace-okafor-mcr',
    summary: 'Product person who started a company after nine years of building banking products.',
    skills: ['Product discovery', 'SQL', 'Pricing'],
    positions: [
      { title: 'Co-Founder, CEO', employer: 'Fernleaf Health', start: '2022-02', end: null, workMode: '(Remote)', bullets: bullets('Raised the seed round and hired the first eight people.') },
      { title: 'Product Manager', employer: 'Harbourline Bank', start: '2019-06', end: '2022-01', titleMode: '(Hybrid)', bullets: bullets('Owned the mortgage application journey end to end.') },
      { title: 'Senior Analyst', employer: 'Harbourline Bank', start: '2017-03', end: '2019-05' },
      { title: 'Analyst', employer: 'Harbourline Bank', start: '2015-09', end: '2017-02', bullets: bullets('Wrote the weekly risk report for the savings products.') },
    ],
    education: [
      { school: 'University of Westmarch, Riverside Campus', degree: 'Master of Business Administration', field: null, start: null, end: null, degreeFirst: true },
      { school: 'Ashby College', degree: 'Bachelor of Arts', field: 'Economics', start: '2012', end: '2015', degreeFirst: true },
    ],
    files: [
      { format: 'txt', layout: 'one-column', style: 'grouped' },
      { format: 'docx', layout: 'one-column', style: 'title-dash-employer' },
    ],
  },
  {
    id: 'marcus-bell',
    lang: 'en',
    name: 'Marcus Bell',
    location: 'Bristol, United Kingdom',
    phone: '+44 7834 567890',
    email: 'marcus.bell@proton.me',
    linkedin: 'https://www.linkedin.com/in/marcus-bell-eng',
    summary: 'Engineering leader who grew up on the support rota and still reads the incident reports first.',
    skills: ['TypeScript', 'Go', 'Hiring', 'Incident management'],
    positions: [
      { title: 'VP, Engineering', employer: 'Quarry Lane Software', start: '2021-04', end: null, workMode: '· Remote', bullets: bullets('Grew engineering from twelve to forty people across three countries.') },
      { title: 'Engineering Manager', employer: 'Quarry Lane Software', start: '2019-01', end: '2021-03' },
      { title: 'Senior Software Engineer', employer: 'Tidewater Labs', start: '2015-07', end: '2018-12', titleMode: '(remote)' },
      { title: 'Software Engineer', employer: 'Tidewater Labs', start: '2013-02', end: '2015-06', bullets: bullets('Built the booking engine for regional ferries.') },
    ],
    education: [
      { school: 'State University of Arden, Easton', degree: 'Master of Science', field: 'Computer Science', start: '2011', end: '2013' },
      { school: 'Kingsbridge Polytechnic', degree: 'Bachelor of Science', field: 'Physics', start: null, end: null },
    ],
    files: [
      { format: 'txt', layout: 'labelled', style: 'title-dash-employer' },
      { format: 'pdf', layout: 'two-column', style: 'employer-then-title' },
    ],
  },
  {
    id: 'miriam-kessler',
    lang: 'de',
    name: 'Miriam Kessler',
    location: 'Halle, Deutschland',
    phone: '+49 160 98765432',
    email: 'miriam.kessler@mailbox.org',
    linkedin: 'https://www.linkedin.com/in/miriam-kessler-halle',
    summary: 'Controllerin, die ein eigenes Studio für Finanzplanung gegründet hat.',
    skills: ['SAP FI/CO', 'Excel', 'Power BI'],
    positions: [
      { title: 'Gründerin, Geschäftsführerin', employer: 'Kesselwerk Studio GmbH', start: '2021-07', end: null, workMode: '(Hybrid)', bullets: bullets('Finanzplanung und Controlling für zwölf mittelständische Kunden.') },
      { title: 'Teamleiterin Controlling', employer: 'Saalebank AG', start: '2018-04', end: '2021-06' },
      { title: 'Referentin Controlling', employer: 'Saalebank AG', start: '2015-10', end: '2018-03', bullets: bullets('Aufbau des monatlichen Berichtswesens für den Vorstand.') },
      { title: 'Werkstudentin', employer: 'Unstrut Logistik GmbH', start: '2013-04', end: '2015-09', titleMode: '(remote)' },
    ],
    education: [
      { school: 'Universität Saaleck, Campus Halle', degree: 'M.A.', field: 'Betriebswirtschaftslehre', start: '2013', end: '2015' },
      { school: 'Hochschule Unstrut', degree: 'B.Sc.', field: 'Wirtschaftsinformatik', start: null, end: null, degreeFirst: true },
    ],
    files: [
      { format: 'txt', layout: 'labelled', style: 'grouped' },
      { format: 'docx', layout: 'two-column', style: 'dates-first' },
    ],
  },
  {
    id: 'felix-brandt',
    lang: 'de',
    name: 'Felix Brandt',
    location: 'Hamburg, Deutschland',
    phone: '+49 171 2345678',
    email: 'felix.brandt@posteo.de',
    linkedin: 'https://www.linkedin.com/in/felix-brandt-hh',
    summary: 'Softwareentwickler und Mitgründer, am liebsten nah an der Hardware.',
    skills: ['Rust', 'C++', 'ROS'],
    positions: [
      { title: 'Mitgründer, CTO', employer: 'Hafenkran Robotics GmbH', start: '2020-10', end: null, workMode: '· Remote' },
      { title: 'Senior Softwareentwickler', employer: 'Elbe Datenwerk', start: '2018-01', end: '2020-09', bullets: bullets('Steuerungssoftware für automatische Containerbrücken.') },
      { title: 'Softwareentwickler', employer: 'Elbe Datenwerk', start: '2015-04', end: '2017-12', titleMode: '(Hybrid)' },
    ],
    education: [{ school: 'Technische Hochschule Nordmark, Standort Wedel', degree: 'B.Eng.', field: 'Informatik', start: '2011', end: '2015', degreeFirst: true }],
    files: [
      { format: 'txt', layout: 'one-column', style: 'title-at-employer' },
      { format: 'pdf', layout: 'one-column', style: 'grouped' },
    ],
  },
  {
    id: 'yann-le-goff',
    lang: 'fr',
    name: 'Yann Le Goff',
    location: 'Rennes, France',
    phone: '+33 6 98 76 54 32',
    email: 'yann.legoff@laposte.net',
    linkedin: 'https://www.linkedin.com/in/yann-le-goff-rennes',
    summary: 'Directeur technique, ancien développeur, attaché aux équipes qui livrent souvent et sereinement.',
    skills: ['Java', 'Kotlin', 'AWS'],
    positions: [
      { title: 'Directeur technique, CTO', employer: 'Kerlab SAS', start: '2020-03', end: null, workMode: '— Télétravail', bullets: bullets("Mise en place de l'équipe technique et de la plateforme de paiement.") },
      { title: 'Chef de projet', employer: "Banque de l'Odet", start: '2017-01', end: '2020-02' },
      { title: 'Développeur', employer: "Banque de l'Odet", start: '2014-09', end: '2016-12', bullets: bullets('Développement des services de virement en Java.') },
    ],
    education: [
      { school: "École d'ingénieurs de Kerbrat, Brest", degree: "Diplôme d'ingénieur", field: 'informatique', start: '2011', end: '2014' },
      { school: "Université de l'Aulne", degree: 'Licence', field: 'mathématiques', start: null, end: null, degreeFirst: true },
    ],
    files: [
      { format: 'txt', layout: 'one-column', style: 'grouped' },
      { format: 'docx', layout: 'one-column', style: 'employer-then-title' },
    ],
  },
  {
    id: 'elodie-fabre',
    lang: 'fr',
    name: 'Élodie Fabre',
    location: 'Bordeaux, France',
    phone: '+33 6 11 22 33 44',
    email: 'elodie.fabre@orange.fr',
    linkedin: 'https://www.linkedin.com/in/elodie-fabre-bdx',
    summary: 'Consultante en économie devenue fondatrice de son cabinet.',
    skills: ['R', 'Stata', 'Économétrie'],
    positions: [
      { title: 'Fondatrice, présidente', employer: 'Garonne Conseil', start: '2022-01', end: null, workMode: '(à distance)' },
      { title: 'Consultante senior', employer: 'Médoc Analytique SA', start: '2018-09', end: '2021-12', titleMode: '(hybride)', bullets: bullets('Études d’impact pour des collectivités de Nouvelle-Aquitaine.') },
      { title: 'Consultante', employer: 'Médoc Analytique SA', start: '2016-09', end: '2018-08' },
      { title: 'Stagiaire', employer: 'Cave Numérique', start: '2016-02', end: '2016-07' },
    ],
    education: [
      { school: 'Université de Gironde-Ouest, campus de Pessac', degree: 'Master', field: 'économie appliquée', start: '2014', end: '2016' },
      { school: 'Université de Gironde-Ouest', degree: 'Licence', field: 'économie', start: null, end: null, degreeFirst: true },
    ],
    files: [
      { format: 'txt', layout: 'one-column', style: 'dates-first' },
      { format: 'pdf', layout: 'one-column', style: 'grouped' },
    ],
  },
];
