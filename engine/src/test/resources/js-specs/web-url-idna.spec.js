// Non-ASCII hosts of special URLs become punycode, as WHATWG URL (and bun) gives them.
const { punycode, domainToASCII } = requireInternal('web/idna');
const { URL } = requireInternal('web/url');

spec('punycode encodes labels as RFC 3492 does', () => {
  eq(['bücher', 'münchen', '例子', '测试', '☺', 'faß', 'ü'].map(punycode),
    ['bcher-kva', 'mnchen-3ya', 'fsqu00a', '0zwm56d', '74h', 'fa-hia', 'tda']);
});

spec('domainToASCII: only non-ASCII labels change; ideographic full stops separate labels', () => {
  eq(domainToASCII('例子.测试'), 'xn--fsqu00a.xn--0zwm56d');
  eq(domainToASCII('www.BÜCHER.de'), 'www.xn--bcher-kva.de');
  eq(domainToASCII('例子\u3002测试'), 'xn--fsqu00a.xn--0zwm56d');
});

spec('URL gives special URLs punycode hosts; other schemes keep percent-encoding', () => {
  eq(new URL('http://例子.测试/路径?q=1').href, 'http://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84?q=1');
  eq(new URL('https://☺.damowmow.com/').host, 'xn--74h.damowmow.com');
  eq(new URL('http://EXAMPLE.com').host, 'example.com');
  eq(new URL('foo://例子/').host, '%E4%BE%8B%E5%AD%90');
});
