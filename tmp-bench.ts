import { IdentityAllocator, LOCAL } from './lib/synthetic/identity';
import { loadKelurahanProfiles } from './lib/synthetic/kelurahan-profiles';
import { Random } from './lib/synthetic/random';
const profiles = await loadKelurahanProfiles();
const p = profiles[100]!;
for (let rep = 0; rep < 3; rep++) {
  const ids = new IdentityAllocator(p, 267);
  const rng = new Random('x', rep);
  const births = Array.from({ length: 600000 }, () => 19000 - rng.int(30000));
  let t = performance.now(); let n = 0;
  for (const b of births) { const s = ids.nik(LOCAL, b, (b & 1) === 0); if (s) n += s.length; }
  console.log('nik', (performance.now() - t).toFixed(0), n);
  t = performance.now();
  for (let i = 0; i < 600000; i++) n += rng.normal();
  console.log('normal', (performance.now() - t).toFixed(0));
}
