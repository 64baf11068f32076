import type { Child } from 'hono/jsx';
import type { Viewer } from '../viewer-of';
import { Layout } from './layout';

// A page that says one thing: how to sign in, why a link or a page was refused, what was not found.

export function NoticePage(props: {
  title: string;
  message: string;
  refused?: boolean;
  viewer?: Viewer;
  children?: Child;
}) {
  return (
    <Layout title={props.title} {...(props.viewer ? { viewer: props.viewer } : {})}>
      <div class={`notice ${props.refused ? 'refused' : ''}`}>
        <h2>{props.title}</h2>
        <p>{props.message}</p>
        {props.children}
      </div>
    </Layout>
  );
}

/** The landing page of a good sign-in link: who it signs in, and the button that uses it (once). */
export function SignInPage(props: { token: string; name: string; scope: string }) {
  return (
    <NoticePage
      title="登录看板"
      message={`这个链接将以 ${props.name}(可看:${props.scope})的身份登录看板。链接只能用一次。`}
    >
      <form method="post" action="/dash/signin">
        <input type="hidden" name="t" value={props.token} />
        <button class="primary" type="submit">
          进入看板
        </button>
      </form>
    </NoticePage>
  );
}
