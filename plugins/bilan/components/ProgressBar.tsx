/** « 3 / 10 » with a bar: the share of chosen phases that are « Phase terminée ». */
export const ProgressBar = ({ completed, total }: { completed: number; total: number }) => {
  const ratio = total > 0 ? completed / total : 0
  const width = 120
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <svg width={width} height={10} role="img" aria-label={`${completed} phase(s) terminée(s) sur ${total}`}>
        <rect x={0} y={0} width={width} height={10} rx={5} fill="var(--theme-elevation-150)" />
        <rect x={0} y={0} width={Math.round(width * ratio)} height={10} rx={5} fill="var(--theme-success-500)" />
      </svg>
      <span>
        {completed} / {total}
      </span>
    </span>
  )
}
