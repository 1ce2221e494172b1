import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../db/files/read-xlsx';
import { ZipLimitError } from '../../db/files/zip-peek';
import { bareWorkbook } from '../fixtures/bare-workbook';

// readXlsx keeps the import's limits while it reads: a part never unpacks past what is left of the budget
// (zlib stops there), and the rows are counted as they are read.
describe('readXlsx limits', () => {
  it('reads a workbook inside both limits', async () => {
    const grids = await readXlsx(await bareWorkbook(500), { maxUnpacked: 1_000_000, maxRows: 500 });
    expect(grids[0]!.rows).toHaveLength(500);
    expect(grids[0]!.rows[499]![0]).toBe('x500');
  });

  it('stops at one row past the row limit', async () => {
    const error = await readXlsx(await bareWorkbook(500), { maxUnpacked: 1_000_000, maxRows: 499 }).catch((e) => e);
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error).toMatchObject({ limit: 'rows', count: 500 });
  });

  it('stops a part that unpacks past the budget, before it is all unpacked', async () => {
    // 5,000 rows of 60 characters each unpack to about 300 KB.
    const error = await readXlsx(await bareWorkbook(5000), { maxUnpacked: 100_000, maxRows: 1_000_000 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error).toMatchObject({ limit: 'unpackedBytes' });
  });
});
