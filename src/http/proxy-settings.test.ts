// HTTPS_PROXY / HTTP_PROXY / NO_PROXY parsing and matching; loopback never proxied.
import { describe, expect, it } from 'vitest';
import { bypassesProxy, parseNoProxy, proxyFor, proxySettingsFromEnv, ProxyConfigError } from './proxy-settings.js';

const url = (text: string) => new URL(text);

describe('proxy settings', () => {
  it('reads HTTPS_PROXY / HTTP_PROXY (lower case first) and NO_PROXY', () => {
    const settings = proxySettingsFromEnv({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', HTTP_PROXY: 'plain:8080', NO_PROXY: 'internal.example' });
    expect(settings.httpsProxy?.host).toBe('lower:3128');
    expect(settings.httpProxy?.href).toBe('http://plain:8080/');
    expect(proxyFor(url('https://api.github.com/user'), settings)?.host).toBe('lower:3128');
    expect(proxyFor(url('http://jenkins.example/api/json'), settings)?.host).toBe('plain:8080');
    expect(proxyFor(url('https://jira.internal.example/rest'), settings)).toBeUndefined();
  });

  it('uses no proxy when none is set, and an HTTPS target does not fall back to HTTP_PROXY', () => {
    expect(proxyFor(url('https://x.example'), proxySettingsFromEnv({}))).toBeUndefined();
    expect(proxyFor(url('https://x.example'), proxySettingsFromEnv({ HTTP_PROXY: 'http://p:1' }))).toBeUndefined();
  });

  it('refuses unusable proxy variables with a message naming the variable', () => {
    expect(() => proxySettingsFromEnv({ HTTPS_PROXY: 'socks5://p:1080' })).toThrow(ProxyConfigError);
    expect(() => proxySettingsFromEnv({ HTTPS_PROXY: 'http://' })).toThrow(/HTTPS_PROXY/);
  });

  it('matches NO_PROXY entries: domains, leading dots and stars, ports, IPs, CIDRs and *', () => {
    const rules = parseNoProxy('.corp.example, *.lab.example  tool.example:8443,10.0.0.0/8 192.168.1.7,[2001:db8::1]');
    const bypass = (text: string) => bypassesProxy(url(text), rules);
    expect(bypass('https://a.corp.example')).toBe(true);
    expect(bypass('https://corp.example')).toBe(true);
    expect(bypass('https://notcorp.example')).toBe(false);
    expect(bypass('https://x.lab.example')).toBe(true);
    expect(bypass('https://tool.example:8443')).toBe(true);
    expect(bypass('https://tool.example')).toBe(false);
    expect(bypass('https://10.20.30.40')).toBe(true);
    expect(bypass('https://11.0.0.1')).toBe(false);
    expect(bypass('http://192.168.1.7:8080')).toBe(true);
    expect(bypass('https://[2001:db8::1]')).toBe(true);
    expect(bypassesProxy(url('https://anything.example'), parseNoProxy('*'))).toBe(true);
  });

  it('never sends loopback through a proxy (the proxy cannot reach this machine)', () => {
    const settings = proxySettingsFromEnv({ HTTPS_PROXY: 'http://p:3128', HTTP_PROXY: 'http://p:3128' });
    for (const target of ['http://127.0.0.1:8080', 'https://localhost', 'http://[::1]:80', 'https://app.localhost']) expect(proxyFor(url(target), settings), target).toBeUndefined();
  });
});
