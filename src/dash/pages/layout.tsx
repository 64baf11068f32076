import type { Child } from 'hono/jsx';
import { DASH_STYLES } from '../dash-styles';
import type { Viewer } from '../viewer-of';

// Every page's frame: the title, the three pages, who is signed in and what they may see, sign-out.

export type Here = 'overview' | 'items' | 'plan';

const PAGES: { here: Here; href: string; label: string }[] = [
  { here: 'overview', href: '/dash', label: '总览' },
  { here: 'items', href: '/dash/items', label: '台账' },
  { here: 'plan', href: '/dash/plan', label: '进展' },
];

export function scopeText(viewer: Viewer): string {
  return viewer.scope === 'all' ? '全部处室' : viewer.division;
}

export function Layout(props: {
  title: string;
  here?: Here;
  viewer?: Viewer;
  /** When the page was drawn (printed copies say so). */
  drawnAt?: string;
  children?: Child;
}) {
  const { viewer } = props;
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} · 审计助手看板`}</title>
        {/* A raw-text element: escaped, its quotes would no longer be CSS. The text is our own. */}
        <style dangerouslySetInnerHTML={{ __html: DASH_STYLES }} />
      </head>
      <body>
        <header class="top">
          <h1>审计助手 · 整改与进展看板</h1>
          {viewer ? (
            <nav>
              {PAGES.map((p) => (
                <a href={p.href} class={p.here === props.here ? 'here' : undefined}>
                  {p.label}
                </a>
              ))}
            </nav>
          ) : null}
          {viewer ? (
            <div class="who">
              <span>
                {viewer.name} · {viewer.as} · 可看:{scopeText(viewer)}
              </span>
              <form method="post" action="/dash/logout">
                <button type="submit">退出</button>
              </form>
            </div>
          ) : null}
        </header>
        <main>
          {props.children}
          {props.drawnAt ? (
            <p class="printed">
              审计助手看板 · {props.title} · 生成于 {props.drawnAt}
              {viewer ? ` · ${viewer.name}(${scopeText(viewer)})` : ''}
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
