// A real OpenID Connect provider (the npm package oidc-provider) standing in for the government login
// (ACM/IDM) in LARS's tests and demo: authorization code flow with PKCE S256, RS256 ID tokens that carry
// the claims of the scopes `openid profile rrn`, a confidential client (client_secret_basic), and Dutch
// pages on which a demo person logs in with a chosen key and allows LARS to read their national number.
//
// node provider.mjs --port 0 --client-id lars --client-secret-file FILE --redirect-uri https://host/api/v1/auth/oidc/callback
//   [--client-secret S] [--host 127.0.0.1] [--issuer http://127.0.0.1:PORT] [--test-faults]
// Prints one JSON line {"event":"listening","issuer":...,"port":...} once it accepts connections.
// --test-faults adds POST /test/fault {"fault": NAME}: the token endpoint then hands out a tampered ID
// token (tests of the relying party's validation); never for a demo that others use.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

import { consentPage, escapeHtml, loginPage, messagePage } from './pages.mjs';
import { demoPeople } from './people.mjs';

function parseArgs(argv) {
  const args = { host: '127.0.0.1', port: 0, redirectUris: [], testFaults: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      i += 1;
      return argv[i];
    };
    if (flag === '--host') args.host = value();
    else if (flag === '--port') args.port = Number(value());
    else if (flag === '--issuer') args.issuer = value();
    else if (flag === '--client-id') args.clientId = value();
    else if (flag === '--client-secret') args.clientSecret = value();
    else if (flag === '--client-secret-file') args.clientSecret = fs.readFileSync(value(), 'utf8').trim();
    else if (flag === '--redirect-uri') args.redirectUris.push(value());
    else if (flag === '--test-faults') args.testFaults = true;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!args.clientId || !args.clientSecret || args.redirectUris.length === 0)
    throw new Error('--client-id, --client-secret(-file) and at least one --redirect-uri are required');
  return args;
}

function rsaKey(kid) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
}

function publicPart(jwk) {
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, kid: jwk.kid, use: 'sig', alg: 'RS256' };
}

const base64url = (data) => Buffer.from(data).toString('base64url');

// Re-signs a JWT's header and payload with one of this process's keys (the fault tests).
function sign(header, payload, jwk) {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const key = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  return `${input}.${crypto.sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

// What each fault does to a genuine ID token. "rotated" signs with a key the JWKS publishes from then on
// (a key rotation the relying party learns by fetching the JWKS again); "unknown-kid" with one it never
// publishes.
function tamper(fault, idToken, keys) {
  const [h, p, s] = idToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  const now = Math.floor(Date.now() / 1000);
  switch (fault) {
    case 'nonce': return sign(header, { ...payload, nonce: 'not-the-nonce-that-was-sent' }, keys.main);
    case 'expired': return sign(header, { ...payload, iat: now - 1200, exp: now - 600 }, keys.main);
    case 'not-yet-valid': return sign(header, { ...payload, iat: now + 600, exp: now + 1200 }, keys.main);
    case 'aud': return sign(header, { ...payload, aud: 'another-client' }, keys.main);
    case 'iss': return sign(header, { ...payload, iss: 'https://issuer.invalid' }, keys.main);
    case 'signature': {
      const bytes = Buffer.from(s, 'base64url');
      bytes[bytes.length - 1] ^= 0x01;
      return `${h}.${p}.${bytes.toString('base64url')}`;
    }
    case 'alg-none': return `${base64url(JSON.stringify({ alg: 'none' }))}.${p}.`;
    case 'unknown-kid': return sign({ ...header, kid: keys.unpublished.kid }, payload, keys.unpublished);
    case 'rotated': return sign({ ...header, kid: keys.rotated.kid }, payload, keys.rotated);
    default: return idToken;
  }
}

const FAULTS = new Set(['none', 'nonce', 'expired', 'not-yet-valid', 'aud', 'iss', 'signature', 'alg-none',
  'unknown-kid', 'rotated']);

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const keys = { main: rsaKey(`main-${crypto.randomUUID()}`), rotated: rsaKey(`rotated-${crypto.randomUUID()}`),
    unpublished: rsaKey(`unpublished-${crypto.randomUUID()}`) };
  const state = { fault: 'none', rotatedPublished: false };
  const people = demoPeople();

  // The issuer must be known before the provider is made; with --port 0 the port is known after listen().
  const server = http.createServer();
  await new Promise((resolve) => server.listen(args.port, args.host, resolve));
  const { port } = server.address();
  const issuer = args.issuer ?? `http://${args.host}:${port}`;

  const provider = new Provider(issuer, {
    clients: [{
      client_id: args.clientId,
      client_secret: args.clientSecret,
      redirect_uris: args.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    }],
    jwks: { keys: [keys.main] },
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'profile', 'rrn'],
    claims: { openid: ['sub', 'amr'], profile: ['given_name', 'family_name', 'name'], rrn: ['rrn'] },
    // As the government login does: the claims of the granted scopes are in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: 60, IdToken: 300, AccessToken: 300, Interaction: 600, Session: 600, Grant: 600 },
    findAccount: (ctx, id) => {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, given_name: person.givenName, family_name: person.familyName,
          name: `${person.givenName} ${person.familyName}`, rrn: person.rrn }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = messagePage('Aanmelden lukt niet', escapeHtml(out.error_description ?? out.error));
    },
  });
  provider.on('server_error', (ctx, error) => console.error('provider error:', error));

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && state.fault !== 'none' && ctx.body?.id_token) {
      if (state.fault === 'rotated') state.rotatedPublished = true;
      ctx.body = { ...ctx.body, id_token: tamper(state.fault, ctx.body.id_token, keys) };
    } else if (ctx.path === '/jwks' && state.rotatedPublished && ctx.body?.keys) {
      ctx.body = { keys: [...ctx.body.keys, publicPart(keys.rotated)] };
    }
  });

  const providerCallback = provider.callback();

  async function interaction(req, res, uid, action) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const { prompt } = details;
    if (req.method === 'GET') {
      if (prompt.name === 'login') return sendHtml(res, 200, loginPage(uid, people));
      return sendHtml(res, 200, consentPage(uid, people.get(details.session.accountId), details.params.scope));
    }
    const form = await readForm(req);
    if (form.get('decision') !== 'allow') {
      return provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'De gebruiker heeft het aanmelden geannuleerd.',
      }, { mergeWithLastSubmission: false });
    }
    if (action === 'login' && prompt.name === 'login') {
      const person = form.get('person');
      if (!people.has(person)) return sendHtml(res, 400, loginPage(uid, people, 'Kies een persoon.'));
      const key = ['itsme', 'sms', 'app'].includes(form.get('key')) ? form.get('key') : 'itsme';
      return provider.interactionFinished(req, res, { login: { accountId: person, amr: [key] } },
        { mergeWithLastSubmission: false });
    }
    if (action === 'consent' && prompt.name === 'consent') {
      const grant = details.grantId ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
      if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } },
        { mergeWithLastSubmission: true });
    }
    return sendHtml(res, 400, messagePage('Aanmelden lukt niet', 'Deze stap hoort niet bij deze aanmelding.'));
  }

  server.on('request', async (req, res) => {
    try {
      const url = new URL(req.url, issuer);
      const match = url.pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|consent))?$/);
      if (match) {
        await interaction(req, res, match[1], match[2]);
        return;
      }
      if (url.pathname === '/test/fault' && args.testFaults && req.method === 'POST') {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const { fault } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (!FAULTS.has(fault)) {
          res.writeHead(400).end(`unknown fault ${fault}`);
          return;
        }
        state.fault = fault;
        if (fault === 'none') state.rotatedPublished = false;
        res.writeHead(204).end();
        return;
      }
      providerCallback(req, res);
    } catch (error) {
      const expired = error?.name === 'SessionNotFound';
      if (!res.headersSent) {
        sendHtml(res, expired ? 400 : 500, messagePage('Aanmelden lukt niet', expired
          ? 'Deze aanmelding is verlopen. Begin opnieuw in LARS.'
          : 'Er ging iets mis bij de aanmeldingsdienst. Probeer het opnieuw.'));
      }
      if (!expired) console.error('interaction error:', error);
    }
  });

  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  process.on('SIGINT', () => server.close(() => process.exit(0)));
  console.log(JSON.stringify({ event: 'listening', issuer, port, faults: args.testFaults }));
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(2);
});
