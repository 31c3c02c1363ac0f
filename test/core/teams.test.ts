import { expect } from '@open-wc/testing';
import { applyFilter, parseFilter } from '../../src/core/filter.js';
import { toDataset } from '../../src/core/records.js';
import { assignTeams, isTeamsAddress, parseTeams, teamsFromDoc, TeamsError } from '../../src/core/teams.js';
import { TEAM_EXPORT } from './team-export.js';

describe('teams', () => {
  it('reads owner:team pairs, owners compared as filter values', () => {
    expect([...parseTeams('Anna Berg:Vest, Ola Nordmann : Øst,')]).to.deep.equal([['anna berg', 'Vest'], ['ola nordmann', 'Øst']]);
    expect(() => parseTeams('Anna Berg Vest')).to.throw(TeamsError, 'Anna Berg Vest');
    expect(() => parseTeams('Anna Berg:')).to.throw(TeamsError);
  });

  it('reads a teams document as rows or as an object', () => {
    expect([...teamsFromDoc([{ Owner: 'Anna Berg', Team: 'Vest' }, { sales_agent: 'Ola', team: 'Øst' }])])
      .to.deep.equal([['anna berg', 'Vest'], ['ola', 'Øst']]);
    expect([...teamsFromDoc({ 'Anna Berg': 'Vest' })]).to.deep.equal([['anna berg', 'Vest']]);
    expect(() => teamsFromDoc([{ owner: 'Anna' }])).to.throw(TeamsError, 'row 1');
  });

  it('tells an address from pairs', () => {
    expect(isTeamsAddress('/crm/teams.csv')).to.equal(true);
    expect(isTeamsAddress('https://crm.example/teams')).to.equal(true);
    expect(isTeamsAddress('teams.json')).to.equal(true);
    expect(isTeamsAddress('Anna Berg:Vest,Ola:Øst')).to.equal(false);
  });

  it('puts each mapped owner in a team, so filter="team=…" keeps them', () => {
    const bare = toDataset(TEAM_EXPORT.map(({ team: _team, ...row }) => row), 'deals');
    const mapped = assignTeams(bare, parseTeams('kari nordmann:Nord,Anna Berg:Nord'));
    const nord = applyFilter(mapped, parseFilter('team=nord'));
    // deals 1, 2, 3, 9 (Kari, either spelling) and 7, 8 (Anna)
    expect(nord.deals.map((d) => d.id)).to.deep.equal(['1', '2', '3', '7', '8', '9']);
    // the export's own records are not changed
    expect(bare.deals[0].team).to.equal(undefined);
  });

  it('lets a mapping override the export team and filters by the export column', () => {
    const ds = toDataset(TEAM_EXPORT, 'deals');
    expect(applyFilter(ds, parseFilter('team=Øst')).deals.map((d) => d.id)).to.deep.equal(['4', '5', '6', '10']);
    const moved = assignTeams(ds, parseTeams('Per Lie:Vest'));
    expect(applyFilter(moved, parseFilter('team=Øst')).deals.map((d) => d.id)).to.deep.equal(['4', '5', '6']);
  });
});
