// Print styles of the assessment report: A4, the cover on its own page, each section starting on a
// new page when it would otherwise begin at the bottom, table headers repeated, no app shell.
const PRINT_CSS = `
@page { size: A4; margin: 18mm 15mm 18mm; }
@media print {
  html, body { background: #fff !important; }
  body header:not(.report-cover), [data-print-hidden] { display: none !important; }
  main#main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .print-report { font-size: 10.5pt; color: #000; font-family: "SimSun", "宋体", "Songti SC", serif; }
  .print-report h1, .print-report h2, .print-report h3 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; }
  .print-report .report-cover { break-after: page; border: 0; padding-top: 60mm; }
  .print-report .report-section { break-inside: auto; }
  .print-report h2, .print-report h3 { break-after: avoid; }
  .print-report thead { display: table-header-group; }
  .print-report tr { break-inside: avoid; }
  .print-report .overflow-x-auto { overflow: visible !important; }
  .print-report table { font-size: 9pt; }
}
`;

export function ReportPrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
