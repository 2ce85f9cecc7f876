import { describe, expect, it } from 'vitest';
import { parseRestParams } from './body.ts';

const form = (text: string) =>
  parseRestParams(
    'POST',
    'application/x-www-form-urlencoded; charset=UTF-8',
    Buffer.from(text),
    '',
  );

describe('REST params', () => {
  it('parses PHP-style nested form keys', async () => {
    expect(await form('cmd%5Blookup%5D=imbot.chat.get%3FENTITY_TYPE%3DCRM&halt=0')).toEqual({
      cmd: { lookup: 'imbot.chat.get?ENTITY_TYPE=CRM' },
      halt: '0',
    });
  });

  it('parses `a[]` and indexed keys as arrays', async () => {
    expect(await form('a[]=1&a[]=2&b[0]=x&b[1]=y&c[x][y][]=z')).toEqual({
      a: ['1', '2'],
      b: ['x', 'y'],
      c: { x: { y: ['z'] } },
    });
  });

  it('decodes Unicode, `+` as space, and `&`/`=` inside encoded values', async () => {
    const value = 'Сделка & co = ü+1 😀';
    const text = `title=${encodeURIComponent(value)}&plus=a+b`;
    expect(await form(text)).toEqual({ title: value, plus: 'a b' });
  });

  it('parses JSON bodies, and treats a broken one as no params', async () => {
    const json = (text: string) =>
      parseRestParams('POST', 'application/json', Buffer.from(text), 'bx24_request_id=1');
    expect(await json('{"DIALOG_ID":"chat1","auth":"t"}')).toEqual({
      DIALOG_ID: 'chat1',
      auth: 't',
    });
    expect(await json('{broken')).toEqual({});
    expect(await json('[1,2]')).toEqual({});
  });

  it('parses multipart bodies with PHP-style keys', async () => {
    const body = new FormData();
    body.append('cmd[a]', 'user.current');
    body.append('auth', 'token');
    const request = new Request('http://localhost/', { method: 'POST', body });
    const raw = Buffer.from(await request.arrayBuffer());
    const params = await parseRestParams(
      'POST',
      request.headers.get('content-type') ?? '',
      raw,
      '',
    );
    expect(params).toEqual({ cmd: { a: 'user.current' }, auth: 'token' });
  });

  it('rest_util.php getRequestData: JSON only by content type; any other body goes through parse_str', async () => {
    const plain = (text: string) => parseRestParams('POST', 'text/plain', Buffer.from(text), '');
    expect(await plain('{"auth":"t"}')).not.toHaveProperty('auth');
    expect(await plain(' auth=t&ID=2 ')).toEqual({ auth: 't', ID: '2' });
    expect(
      await parseRestParams('POST', 'application/json; charset=utf-8', Buffer.from('{"a":1}'), ''),
    ).toEqual({ a: 1 });
  });

  it('reads a GET call from the query string and ignores a POST query string', async () => {
    expect(await parseRestParams('GET', '', Buffer.alloc(0), 'auth=t&ID=2')).toEqual({
      auth: 't',
      ID: '2',
    });
    expect(await parseRestParams('POST', 'application/json', Buffer.from('{}'), 'auth=t')).toEqual(
      {},
    );
  });
});
