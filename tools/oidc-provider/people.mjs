// The demo people of the government login stand-in: the staff of LARS's demo data (DemoData.h) with their
// national numbers, and one person without a LARS account. The subject (sub) is a pseudonym, as at the
// real provider; LARS maps the national number (claim rrn) to a staff account.
export function demoPeople() {
  return new Map([
    ['demo-an-peeters', { givenName: 'An', familyName: 'Peeters', rrn: '85071512397',
      about: 'verpleegkundige, Vrij CLB Antwerpen' }],
    ['demo-jan-claes', { givenName: 'Jan', familyName: 'Claes', rrn: '77030245655',
      about: 'arts, twee CLB\'s' }],
    ['demo-sofie-maes', { givenName: 'Sofie', familyName: 'Maes', rrn: '90010178911',
      about: 'psycholoog, in geen enkel team' }],
    ['demo-elise-dubois', { givenName: 'Ëlise', familyName: 'Dubois-Van den Bossche', rrn: '68122401204',
      about: 'geen LARS-account' }],
  ]);
}
