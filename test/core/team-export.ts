/**
 * A small deals export for the team tests, with every figure worked out by hand
 * in the tests that read it. March 2026 is the period, February its comparison.
 */
export const TEAM_EXPORT: Record<string, string>[] = [
  { id: '1', owner: 'Kari Nordmann', team: 'Vest', stage: 'Won', created: '2026-02-20', closed: '2026-03-02', value: '100' },
  { id: '2', owner: 'Kari Nordmann', team: 'Vest', stage: 'Won', created: '2026-03-01', closed: '2026-03-10', value: '300' },
  { id: '3', owner: 'Kari Nordmann', team: 'Vest', stage: 'Lost', created: '2026-03-01', closed: '2026-03-12', value: '0' },
  { id: '4', owner: 'Ola Nordmann', team: 'Øst', stage: 'Won', created: '2026-02-01', closed: '2026-03-15', value: '500' },
  { id: '5', owner: 'Ola Nordmann', team: 'Øst', stage: 'Lost', created: '2026-02-01', closed: '2026-03-16', value: '0' },
  { id: '6', owner: 'Ola Nordmann', team: 'Øst', stage: 'Lost', created: '2026-02-01', closed: '2026-03-17', value: '0' },
  { id: '7', owner: 'Anna Berg', team: 'Vest', stage: 'Won', created: '2026-01-10', closed: '2026-02-10', value: '200' },
  { id: '8', owner: 'Anna Berg', team: 'Vest', stage: 'Won', created: '2026-03-01', closed: '2026-03-20', value: '50' },
  // The same seller written differently: a filter (and so a group) takes it as Kari.
  { id: '9', owner: 'kari  nordmann', team: 'Vest', stage: 'Lost', created: '2026-02-01', closed: '2026-02-15', value: '0' },
  { id: '10', owner: 'Per Lie', team: 'Øst', stage: 'Proposal', created: '2026-03-01', closed: '', value: '900' },
];
