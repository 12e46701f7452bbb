// Expected values were taken from node v20 for the same inputs.
const path = requireInternal('node/path');
const url = requireInternal('node/url');

spec('path: join/normalize/resolve/relative', () => {
  eq(path.join('/a/b', '../c', './d'), '/a/c/d');
  eq(path.normalize('a//b/../c/'), 'a/c/');
  eq(path.resolve('/x', 'y', '..', 'z'), '/x/z');
  eq(path.relative('/a/b/c', '/a/d'), '../../d');
  eq(path.join(''), '.');
  eq(path.isAbsolute('a'), false);
});

spec('path: dirname/basename/extname/parse/format', () => {
  eq(path.dirname('/a/b/'), '/a');
  eq(path.dirname('a'), '.');
  eq(path.basename('/a/b.txt', '.txt'), 'b');
  eq(path.basename('/'), '');
  eq(path.extname('x.tar.gz'), '.gz');
  eq(path.extname('.bashrc'), '');
  eq(path.parse('/home/u/f.txt'), { root: '/', dir: '/home/u', base: 'f.txt', ext: '.txt', name: 'f' });
  eq(path.format({ dir: '/x', name: 'f', ext: 'js' }), '/x/f.js');
  ok(path.posix === path && requireInternal('node/path/posix') === path);
  eq(path.sep + path.delimiter, '/:');
});

spec('path: non-string arguments throw ERR_INVALID_ARG_TYPE', () => {
  const e = throws(() => path.join('a', 1), 'The "path" argument must be of type string');
  eq(e.code, 'ERR_INVALID_ARG_TYPE');
});

spec('url: fileURLToPath / pathToFileURL / format / legacy parse', () => {
  eq(url.fileURLToPath('file:///tmp/a%20b'), '/tmp/a b');
  eq(url.pathToFileURL('/tmp/a b#c').href, 'file:///tmp/a%20b%23c');
  eq(url.format({ protocol: 'http', hostname: 'h', port: 8, pathname: '/p', query: { a: 1 } }), 'http://h:8/p?a=1');
  const p = url.parse('http://user:pw@Host.com:8080/p/a?x=1#h');
  eq([p.protocol, p.slashes, p.auth, p.host, p.port, p.hostname, p.hash, p.search, p.query, p.pathname, p.path, p.href],
    ['http:', true, 'user:pw', 'host.com:8080', '8080', 'host.com', '#h', '?x=1', 'x=1', '/p/a', '/p/a?x=1', 'http://user:pw@host.com:8080/p/a?x=1#h']);
  eq(url.fileURLToPath(new url.URL('file:///x/y')), '/x/y');
  throws(() => url.fileURLToPath('http://x/y'), 'The URL must be of scheme file');
});

spec('web URL: parsing, relative resolution, components', () => {
  const { URL } = requireInternal('web/url');
  const cases = [
    [['http://a.com/b/../c?x=1 2#f g'], 'http://a.com/c?x=1%202#f%20g|http://a.com|a.com|/c|?x=1%202|#f%20g|'],
    [['../d?q', 'http://u:p@Ex.COM:8080/a/b/c'], 'http://u:p@ex.com:8080/a/d?q|http://ex.com:8080|ex.com:8080|/a/d|?q||u'],
    [['//h2/x', 'https://h/a'], 'https://h2/x|https://h2|h2|/x|||'],
    [['?z', 'http://h/p?y#f'], 'http://h/p?z|http://h|h|/p|?z||'],
    [['#frag', 'http://h/p?y'], 'http://h/p?y#frag|http://h|h|/p|?y|#frag|'],
    [['file:///tmp/a b.txt'], 'file:///tmp/a%20b.txt|null||/tmp/a%20b.txt|||'],
    [['mailto:me@x.org'], 'mailto:me@x.org|null||me@x.org|||'],
    [['HTTP://EXAMPLE.com:80/'], 'http://example.com/|http://example.com|example.com|/|||'],
    [['foo://bar/baz?q'], 'foo://bar/baz?q|null|bar|/baz|?q||'],
    [['http://h/\u00e9?\u00e9=\u00e9'], 'http://h/%C3%A9?%C3%A9=%C3%A9|http://h|h|/%C3%A9|?%C3%A9=%C3%A9||'],
    [['http://[::1]:3000/p'], 'http://[::1]:3000/p|http://[::1]:3000|[::1]:3000|/p|||'],
    [['http://h/a/./b/%2e%2E/c'], 'http://h/a/c|http://h|h|/a/c|||'],
  ];
  for (const [args, expected] of cases) {
    const u = new URL(...args);
    eq([u.href, u.origin, u.host, u.pathname, u.search, u.hash, u.username].join('|'), expected, args.join(' '));
  }
});

spec('web URL: setters and live searchParams', () => {
  const { URL, URLSearchParams } = requireInternal('web/url');
  const u = new URL('http://h/p?a=1&b=2');
  u.searchParams.append('c', 'x y');
  u.hash = 'h';
  u.port = '99';
  u.pathname = '/q r';
  eq(u.href, 'http://h:99/q%20r?a=1&b=2&c=x+y#h');
  eq([...u.searchParams].join(';'), 'a,1;b,2;c,x y');
  u.search = '?z=%20';
  eq(u.searchParams.get('z'), ' ');
  eq(u.toString(), 'http://h:99/q%20r?z=%20#h');
  eq(JSON.stringify({ u }), '{"u":"http://h:99/q%20r?z=%20#h"}');
  eq(new URLSearchParams({ a: '1 +&', b: '\u00e9' }).toString(), 'a=1+%2B%26&b=%C3%A9');
  eq([URL.canParse('nope'), URL.canParse('/x', 'http://a')], [false, true]);
  const e = throws(() => new URL('nope'), 'Invalid URL');
  eq(e.code, 'ERR_INVALID_URL');
  const p = new URLSearchParams('?a=1&a=2&b');
  eq([p.getAll('a'), p.get('b'), p.has('c'), p.size], [['1', '2'], '', false, 3]);
  p.set('a', '3');
  p.sort();
  eq(p.toString(), 'a=3&b=');
});

spec('web URL: IPv6 hosts are validated and serialized compressed, as bun does', () => {
  const { URL } = requireInternal('web/url');
  const host = (a) => {
    try { return new URL('http://[' + a + ']:8080/x').host; } catch (e) { return 'INVALID'; }
  };
  eq(host('2001:0DB8:0000:0000:0000:0000:0000:0001'), '[2001:db8::1]:8080');
  eq(host('::ffff:192.168.1.1'), '[::ffff:c0a8:101]:8080');
  eq(host('0:0:1:0:0:0:1:0'), '[0:0:1::1:0]:8080');
  eq(host('1:2:3:4:5:6:1.2.3.4'), '[1:2:3:4:5:6:102:304]:8080');
  eq(host('::'), '[::]:8080');
  for (const bad of ['2001:db8::85a3::8a2e:370:7334', '1:2:3:4:5:6:7:8:9', '12345::', ':1', '1:', 'fe80::1%eth0',
    '::1.2.3', '::ffff:192.168.01.1', 'g::1']) {
    eq(host(bad), 'INVALID', bad);
  }
});
