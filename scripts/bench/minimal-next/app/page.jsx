import { baselinePool, ROWS_SQL } from '../../baseline-rows.mjs';

export const dynamic = 'force-dynamic';

export default async function Rows() {
  const { rows } = await baselinePool().query(ROWS_SQL);
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td><a href={`/findings/${r.id}`}>{r.title}</a></td>
            <td>{r.status}</td>
            <td>{r.severity}</td>
            <td>{r.parentRegion} {r.region}</td>
            <td>{r.groupNumber}</td>
            <td>{new Date(r.createdAt).toISOString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
