// The Dutch pages of the government login stand-in: choose a demo person and a digital key, allow LARS
// to read your name and national number, and a message page for errors.
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function page(title, body) {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
.demo{background:#fff3cd;border:1px solid #8a6d00;padding:.5rem 1rem}
fieldset{margin:1rem 0}label{display:block;margin:.3rem 0}button{font-size:1rem;padding:.4rem 1rem;margin-right:.5rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function messagePage(title, htmlMessage) {
  return page(title, `<p>${htmlMessage}</p>`);
}

export function loginPage(uid, people, problem) {
  const persons = [...people].map(([id, p], i) => `<label><input type="radio" name="person" value="${escapeHtml(id)}"${
    i === 0 ? ' checked' : ''}> ${escapeHtml(`${p.givenName} ${p.familyName}`)} <small>(${escapeHtml(p.about)})</small></label>`).join('\n');
  const keys = [['itsme', 'itsme'], ['sms', 'Beveiligingscode via sms'], ['app', 'Beveiligingscode via mobiele app']]
    .map(([value, label], i) => `<label><input type="radio" name="key" value="${value}"${i === 0 ? ' checked' : ''}> ${
      escapeHtml(label)}</label>`).join('\n');
  return page('Aanmelden bij de overheid', `
<p class="demo">Demo- en testomgeving: er wordt geen echte identiteit gecontroleerd.</p>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<fieldset><legend>Wie bent u?</legend>
${persons}</fieldset>
<fieldset><legend>Met welke digitale sleutel?</legend>
${keys}</fieldset>
<button type="submit" name="decision" value="allow">Aanmelden</button>
<button type="submit" name="decision" value="cancel">Annuleren</button>
</form>`);
}

export function consentPage(uid, person, scope) {
  const wanted = String(scope ?? '').split(' ');
  const items = [
    wanted.includes('profile') ? '<li>uw voornaam en naam</li>' : '',
    wanted.includes('rrn') ? '<li>uw rijksregisternummer</li>' : '',
  ].join('');
  return page('Toestemming', `
<p>${escapeHtml(person ? `${person.givenName} ${person.familyName}` : '')}, LARS vraagt om het volgende te lezen:</p>
<ul>${items}</ul>
<form method="post" action="/interaction/${escapeHtml(uid)}/consent">
<button type="submit" name="decision" value="allow">Toestaan</button>
<button type="submit" name="decision" value="deny">Weigeren</button>
</form>`);
}
