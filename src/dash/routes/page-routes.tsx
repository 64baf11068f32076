import type { Context, Hono } from 'hono';
import { planInUse } from '../../plans/plan-in-use';
import type { PlanRegistry } from '../../plans/plan-registry';
import { NO_EVIDENCE_FILE, NOT_ON_ROSTER_PAGE, OTHER_DIVISION_ITEM } from '../../reply/dashboard-wording';
import { divisionOrder } from '../../reports/division-order';
import { planSuffix, targetName } from '../../reports/target-label';
import { normaliseItemId } from '../../store';
import { dueSoonUntil } from '../../store/due-soon-until';
import { calendarDay } from '../../time/calendar-day';
import { localTime } from '../../time/local-time';
import type { DashDeps } from '../dash-deps';
import { page } from '../dash-page';
import { itemView } from '../data/item-view';
import { FILTER_NAMES, ledgerQuerySchema } from '../data/ledger-query';
import { ledgerView } from '../data/ledger-rows';
import { memoByKey } from '../data/memo-by-key';
import { overviewData } from '../data/overview-data';
import { planProgress } from '../data/plan-progress';
import { ItemPage } from '../pages/item-page';
import { ItemsPage } from '../pages/items-page';
import { NoticePage } from '../pages/notice-page';
import { OverviewPage } from '../pages/overview-page';
import { PlanPage } from '../pages/plan-page';
import { sessionOf } from '../signin/session-cookie';
import { type Viewer, viewerDivision, viewerOf } from '../viewer-of';

// The pages: a session first (none: to the sign-in explanation), then the roster (nothing to see: 403), then
// the page, showing only what the viewer may see.

export function pageRoutes(app: Hono, deps: DashDeps): void {
  const { store, clock, timeZone } = deps;
  const drawnAt = () => localTime(clock.now().toISOString(), timeZone).slice(0, 16);
  const today = () => calendarDay(clock.now(), timeZone);
  const soonUntilOf = async (day: string) => dueSoonUntil(day, await deps.calendar());
  const overviews = memoByKey<ReturnType<typeof overviewData>>(16);

  type Handler = (c: Context, viewer: Viewer, plans: PlanRegistry) => Response | Promise<Response>;
  const signedIn =
    (handler: Handler) =>
    async (c: Context): Promise<Response> => {
      const session = sessionOf(c, store.signInSecret(), clock.now().getTime());
      if (!session) {
        const url = new URL(c.req.url);
        return c.redirect(`/dash/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
      }
      const found = viewerOf(session.u, store, deps.admins);
      if (!found)
        return page(c, <NoticePage title="没有可看的内容" message={NOT_ON_ROSTER_PAGE} refused />, 403);
      // A name Lark gave at sign-in stands in for one the bot has not learnt.
      const viewer = found.name === found.openId && session.n ? { ...found, name: session.n } : found;
      let plans: PlanRegistry;
      try {
        plans = await deps.plans();
      } catch {
        return page(
          c,
          <NoticePage title="方案尚未载入" message="服务器还没有读完方案文件,请稍后刷新。" viewer={viewer} />,
          503,
        );
      }
      return handler(c, viewer, plans);
    };

  app.get(
    '/dash',
    signedIn(async (c, viewer, plans) => {
      const day = today();
      const used = planInUse(plans, store, day);
      // Computed once per state of the store, day and scope: a meeting-room screen refreshing redraws it only.
      // The calendar is in the key too: a day set off in chat moves what is yellow.
      const soonUntil = await soonUntilOf(day);
      const key = [store.journalLength, day, soonUntil, viewerDivision(viewer) ?? '*', used.plan.id].join(
        '|',
      );
      const data = overviews(key, () => overviewData(store, viewer, used, { day, soonUntil }, timeZone));
      return page(c, <OverviewPage data={data} viewer={viewer} drawnAt={drawnAt()} />);
    }),
  );

  app.get(
    '/dash/items',
    signedIn(async (c, viewer, plans) => {
      const parsed = ledgerQuerySchema.safeParse(c.req.query());
      if (!parsed.success) {
        const key = parsed.error.issues[0]?.path[0] as keyof typeof FILTER_NAMES | undefined;
        return page(
          c,
          <NoticePage
            title="筛选条件有误"
            message={`看不懂筛选条件“${key ? FILTER_NAMES[key] : '未知'}”。`}
            viewer={viewer}
            refused
          >
            <p>
              <a href="/dash/items">查看全部台账</a>
            </p>
          </NoticePage>,
          400,
        );
      }
      const day = today();
      const used = planInUse(plans, store, day);
      const query = parsed.data;
      const view = ledgerView(
        store,
        viewer,
        query,
        { day, soonUntil: await soonUntilOf(day) },
        divisionOrder(used.knowledge),
        (item) => {
          if (!item.taskId) return undefined;
          const target = {
            kind: 'task' as const,
            id: item.taskId,
            ...(item.plan ? { plan: item.plan } : {}),
          };
          const labels = {
            current: { id: used.plan.id, knowledge: used.knowledge, lexicon: used.plan.lexicon },
            plans,
          };
          return `${targetName(target, labels).ref}${planSuffix(item.plan, labels)}`;
        },
      );
      return page(c, <ItemsPage query={query} view={view} viewer={viewer} today={day} drawnAt={drawnAt()} />);
    }),
  );

  app.get(
    '/dash/items/:id',
    signedIn(async (c, viewer, plans) => {
      const asked = c.req.param('id') ?? '';
      const id = normaliseItemId(asked);
      const item = id ? store.item(id) : undefined;
      if (!item)
        return page(
          c,
          <NoticePage
            title="没有这个整改事项"
            message={`台账中没有编号为“${asked}”的整改事项。`}
            viewer={viewer}
          />,
          404,
        );
      const own = viewerDivision(viewer);
      if (own && item.division !== own)
        return page(
          c,
          <NoticePage title="不能查看" message={OTHER_DIVISION_ITEM} viewer={viewer} refused />,
          403,
        );
      const day = today();
      const used = planInUse(plans, store, day);
      const view = itemView(item, store, {
        plan: used.plan,
        knowledge: used.knowledge,
        plans,
        today: day,
        soonUntil: await soonUntilOf(day),
        timeZone,
      });
      const larkLink =
        view.registrationMessage && deps.messageLink
          ? await deps.messageLink(view.registrationMessage).catch(() => undefined)
          : undefined;
      return page(
        c,
        <ItemPage view={view} viewer={viewer} drawnAt={drawnAt()} {...(larkLink ? { larkLink } : {})} />,
      );
    }),
  );

  // An evidence file, for whoever may see its item: its own bytes, as it was sent.
  app.get(
    '/dash/items/:id/files/:sha',
    signedIn(async (c, viewer) => {
      const id = normaliseItemId(c.req.param('id') ?? '');
      const item = id ? store.item(id) : undefined;
      const file = item?.history.find((h) => h.file?.sha256 === c.req.param('sha'))?.file;
      if (!item || !file)
        return page(c, <NoticePage title="没有这份材料" message={NO_EVIDENCE_FILE} viewer={viewer} />, 404);
      const own = viewerDivision(viewer);
      if (own && item.division !== own)
        return page(
          c,
          <NoticePage title="不能查看" message={OTHER_DIVISION_ITEM} viewer={viewer} refused />,
          403,
        );
      const bytes = await store.blobs.get(file.sha256);
      if (!bytes)
        return page(c, <NoticePage title="没有这份材料" message={NO_EVIDENCE_FILE} viewer={viewer} />, 404);
      return new Response(bytes, {
        headers: {
          'content-type': file.mime,
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    }),
  );

  app.get(
    '/dash/plan',
    signedIn((c, viewer, plans) => {
      const day = today();
      const current = planInUse(plans, store, day);
      const askedPlan = c.req.query('plan');
      const named = askedPlan ? plans.byId(askedPlan) : current.plan;
      if (!named)
        return page(
          c,
          <NoticePage title="没有这个方案" message={`没有编号为“${askedPlan}”的方案。`} viewer={viewer}>
            <p>
              <a href="/dash/plan">查看当前方案</a>
            </p>
          </NoticePage>,
          404,
        );
      const used = planInUse(plans, store, day, named);
      const taskId = c.req.query('task');
      if (taskId && !used.knowledge.taskById(taskId))
        return page(
          c,
          <NoticePage title="没有这个任务" message={`方案中没有任务“${taskId}”。`} viewer={viewer} />,
          404,
        );
      const division = viewerDivision(viewer);
      const data = planProgress({
        store,
        registry: plans,
        plan: named,
        knowledge: used.knowledge,
        current: current.currentPlan,
        today: day,
        timeZone,
        ...(division ? { division } : {}),
        ...(taskId ? { taskId } : {}),
        page: Number(c.req.query('page') ?? '1') || 1,
      });
      return page(c, <PlanPage data={data} viewer={viewer} today={day} drawnAt={drawnAt()} />);
    }),
  );

  app.all(
    '*',
    signedIn((c, viewer) =>
      page(
        c,
        <NoticePage title="没有这个页面" message="看板只有总览、台账、事项和进展这几页。" viewer={viewer} />,
        404,
      ),
    ),
  );
}
