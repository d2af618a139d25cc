"""Sequential GETs of one page in a logged-in session, keeping the session's cookies (docs/benchmarks.md).

python3 docs/bench-tools/page-loop.py 'JSESSIONID=...; JSESSIONIDVERSION=...' /account/index.xhtml 100
(the cookie of a browser session that logged in at http://localhost:8080 with `mvn -Prun`'s demo data)
"""
import sys
import time

import requests

BASE = 'http://localhost:8080'
jar = dict(kv.split('=', 1) for kv in sys.argv[1].strip().split('; '))


def get(path):
    r = requests.get(BASE + path, headers={'Cookie': '; '.join(f'{k}={v}' for k, v in jar.items())},
                     allow_redirects=False)
    for cookie in r.raw.headers.getlist('Set-Cookie'):
        name, value = cookie.split(';')[0].split('=', 1)
        jar[name] = value
    if r.status_code != 200 or 'login:password' in r.text:
        raise SystemExit(f'{path}: {r.status_code} or the login page: the session is lost')
    return r


path, n = sys.argv[2], int(sys.argv[3])
get(path)
start = time.time()
for _ in range(n):
    get(path)
elapsed = time.time() - start
print(f'{path}: {n / elapsed:.1f} req/s sequential, {1000 * elapsed / n:.1f} ms each')
