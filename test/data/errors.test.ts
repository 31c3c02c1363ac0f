import { expect } from '@open-wc/testing';
import { DataError, type DataErrorCode } from '../../src/data/errors.js';

describe('DataError', () => {
  it('carries code, url and the details, and a readable message for every code', () => {
    const url = '/crm/deals.csv';
    const cases: [DataErrorCode, ConstructorParameters<typeof DataError>[2], string][] = [
      ['network', {}, 'Could not reach /crm/deals.csv'],
      ['http', { status: 403 }, 'The server answered 403 for /crm/deals.csv. You may not be signed in'],
      ['http', { status: 404 }, 'Check the address'],
      ['http', { status: 502 }, 'try again later'],
      ['http', { status: 418 }, 'The server answered 418 for /crm/deals.csv.'],
      ['timeout', { timeout: 15000 }, 'No answer from /crm/deals.csv within 15 seconds.'],
      ['parse', { format: 'csv', detail: 'a quote is not closed properly (row 3).' }, 'The CSV data from /crm/deals.csv cannot be read: a quote is not closed properly (row 3).'],
      ['parse', { format: 'json' }, 'The JSON data from /crm/deals.csv cannot be read.'],
      ['schema', { detail: 'deals.0.value: expected a number' }, 'does not have the expected shape: deals.0.value'],
      ['empty', {}, 'The data from /crm/deals.csv is empty.'],
      ['html', {}, 'returned a web page instead of JSON or CSV data'],
      ['aborted', {}, 'Loading /crm/deals.csv was cancelled.'],
    ];
    for (const [code, details, text] of cases) {
      const error = new DataError(code, url, details);
      expect(error, code).to.be.instanceOf(Error);
      expect(error.name).to.equal('DataError');
      expect(error.code).to.equal(code);
      expect(error.url).to.equal(url);
      expect(error.message, code).to.include(text);
      expect(error.message, code).to.not.match(/undefined|null|NaN/);
    }
    expect(new DataError('http', url, { status: 404 }).status).to.equal(404);
    expect(new DataError('timeout', url, { timeout: 200 }).timeout).to.equal(200);
    expect(new DataError('network', url)).to.not.have.property('status');
  });

  it('keeps the cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new DataError('network', '/x', { cause }).cause).to.equal(cause);
  });
});
