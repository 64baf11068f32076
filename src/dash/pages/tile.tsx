// One figure as a tile: the number large, what it is, how it is made; red, yellow, green or grey.

export function Tile(props: {
  n: string | number;
  label: string;
  foot?: string;
  tone?: string;
  href?: string;
  /** What the figure is, for whoever reads the page by machine (tests, scrapers): `overdue`, `rate`, … */
  figure?: string;
}) {
  const body = (
    <>
      <div class="n" data-figure={props.figure}>
        {props.n}
      </div>
      <div class="l">{props.label}</div>
      {props.foot ? <div class="f">{props.foot}</div> : null}
    </>
  );
  return (
    <div class={`tile ${props.tone ?? ''}`}>
      {props.href ? (
        <a href={props.href} style="color:inherit;text-decoration:none">
          {body}
        </a>
      ) : (
        body
      )}
    </div>
  );
}
