// The pages' one stylesheet, inline in each page (no other request, nothing to cache): large type and
// red / yellow / green for a meeting-room screen, and a print layout (A4 landscape, no navigation or forms,
// colours kept) for the 领导小组's paper copy.

export const DASH_STYLES = `
:root{--red:#c62828;--red-bg:#fdecea;--yellow:#a15c00;--yellow-bar:#f2b300;--yellow-bg:#fff5d6;--green:#2e7d32;--green-bg:#e7f4e8;--blue:#1a56a8;--blue-bg:#e8f0fb;--ink:#1f2937;--muted:#5b6675;--line:#e1e6ee;--bg:#f4f6f9}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg);font-size:16px;line-height:1.5}
a{color:var(--blue)}
header.top{background:#0f2a4a;color:#fff;display:flex;flex-wrap:wrap;align-items:center;gap:8px 28px;padding:12px 28px}
header.top h1{font-size:21px;margin:0;font-weight:600;letter-spacing:.5px}
nav{display:flex;gap:6px}
nav a{color:#d6e4f5;text-decoration:none;padding:6px 14px;border-radius:6px;font-size:17px}
nav a.here{background:#fff;color:#0f2a4a;font-weight:600}
.who{margin-left:auto;font-size:14px;color:#d6e4f5;display:flex;gap:12px;align-items:center}
.who form{margin:0}
.who button{background:transparent;border:1px solid #8fa8c8;color:#d6e4f5;border-radius:6px;padding:3px 10px;font-size:13px;cursor:pointer}
main{padding:18px 28px 40px;max-width:1680px;margin:0 auto}
.sub{color:var(--muted);margin:0 0 16px;font-size:15px}
h2{font-size:19px;margin:0 0 12px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(165px,1fr));gap:14px;margin-bottom:18px}
.tile{background:#fff;border:1px solid var(--line);border-top:6px solid var(--blue);border-radius:10px;padding:12px 16px}
.tile .n{font-size:40px;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.tile .l{color:var(--muted);font-size:15px}
.tile .f{color:var(--muted);font-size:12.5px;margin-top:4px}
.tile.red{border-top-color:var(--red)}.tile.red .n{color:var(--red)}
.tile.yellow{border-top-color:var(--yellow-bar)}.tile.yellow .n{color:var(--yellow)}
.tile.green{border-top-color:var(--green)}.tile.green .n{color:var(--green)}
.tile.grey{border-top-color:#9aa5b4}
section.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin-bottom:18px;overflow-x:auto}
.grid2{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px;margin-bottom:18px}
@media (max-width:1150px){.grid2{grid-template-columns:minmax(0,1fr)}}
table{border-collapse:collapse;width:100%;font-size:15px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#eef2f8;font-weight:600;white-space:nowrap}
th a{color:inherit;text-decoration:none}th a.on{text-decoration:underline}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.red td:first-child{box-shadow:inset 5px 0 var(--red)}
tr.yellow td:first-child{box-shadow:inset 5px 0 var(--yellow-bar)}
tr.green td:first-child{box-shadow:inset 5px 0 var(--green)}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:13px;white-space:nowrap;background:#eef1f5;color:var(--muted)}
.badge.red{background:var(--red-bg);color:var(--red);font-weight:600}
.badge.yellow{background:var(--yellow-bg);color:var(--yellow);font-weight:600}
.badge.green{background:var(--green-bg);color:var(--green)}
.badge.blue{background:var(--blue-bg);color:var(--blue)}
.muted{color:var(--muted)}.small{font-size:13px}
.red-text{color:var(--red);font-weight:600}.yellow-text{color:var(--yellow);font-weight:600}.green-text{color:var(--green)}
.formula{font-size:13px;color:var(--muted);margin:6px 0 0}
form.filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-end;margin:0}
form.filters label{display:flex;flex-direction:column;font-size:13px;color:var(--muted);gap:2px}
form.filters label.check{flex-direction:row;align-items:center;gap:6px;font-size:15px;color:var(--ink);padding-bottom:6px}
select,input[type=text]{font:inherit;font-size:15px;padding:5px 8px;border:1px solid #c5cdd8;border-radius:6px;background:#fff}
button.primary,a.button{background:var(--blue);color:#fff;border:0;padding:7px 18px;border-radius:6px;font-size:15px;cursor:pointer;text-decoration:none;display:inline-block}
a.plain{font-size:14px}
.pager{display:flex;gap:8px;align-items:center;margin-top:12px;font-size:14px}
.pager a,.pager span{padding:3px 10px;border:1px solid var(--line);border-radius:6px;text-decoration:none}
.pager span.here{background:var(--blue);color:#fff;border-color:var(--blue)}
.fields{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:6px 18px;margin:0}
.fields dt{color:var(--muted)}.fields dd{margin:0}
.timeline td:first-child{white-space:nowrap}
.plans{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:14px}
.plans a{padding:5px 12px;border:1px solid var(--line);border-radius:6px;background:#fff;text-decoration:none}
.plans a.here{background:var(--blue);color:#fff;border-color:var(--blue)}
section.task-card{margin-bottom:0;border-left:6px solid var(--green)}
.task-card.silent{border-left-color:var(--red)}
.task-card h3{font-size:17px;margin:0 0 4px}
main>h2{margin:18px 0 10px}
.records{margin:6px 0 0;padding:0;list-style:none;font-size:14.5px}
.records li{padding:3px 0;border-bottom:1px dashed var(--line)}
.notice{background:#fff;border:1px solid var(--line);border-left:6px solid var(--blue);border-radius:10px;padding:22px 26px;max-width:720px;margin:40px auto;font-size:17px}
.notice.refused{border-left-color:var(--red)}
.notice h2{font-size:21px}
svg text{font-family:inherit}
.legend{display:flex;gap:16px;font-size:13px;color:var(--muted);margin:0 0 6px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:5px;vertical-align:-1px}
.printed{display:none}
@media print{
  @page{size:A4 landscape;margin:11mm}
  *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  body{background:#fff;font-size:11.5px}
  header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 6px}
  nav,.who form,form.filters,.pager,.noprint{display:none!important}
  .who{color:#000}
  main{padding:8px 0;max-width:none}
  section.card,.tile{break-inside:avoid;border-color:#aaa}
  .tile .n{font-size:26px}
  table{font-size:11px}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  a{color:inherit;text-decoration:none}
  .printed{display:block;font-size:11px;color:#333;margin-top:10px}
  .grid2{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
}
`;
