import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'trust-badges/badge';
import type {} from 'trust-badges/react';
import type { SecurityProfile, TrustErrorDetail } from 'trust-badges';

function SecuritySettings() {
  const [profile, setProfile] = useState<SecurityProfile>();
  const [error, setError] = useState<TrustErrorDetail>();
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    fetch('./pipefy.json').then(async (r) => setProfile(await r.json()));
  }, []);
  if (!profile) return <p>Loading…</p>;
  return (
    <main>
      <h1>Security</h1>
      <trust-badge id="good" cert="iso-27001" variant="card" data={profile} ontrust-load={() => setLoaded((n) => n + 1)} />
      <trust-badge id="bad" cert="hipaa" data={profile} ontrust-error={(e) => setError(e.detail)} />
      <output id="loaded">{loaded}</output>
      <output id="error">{error ? `${error.kind}: ${error.message}` : ''}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SecuritySettings />
  </StrictMode>,
);
