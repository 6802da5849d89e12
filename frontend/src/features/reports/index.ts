export { ReportList } from './components/ReportList';
export { ReportEditor } from './components/ReportEditor';
export { useReport, useReportForm } from './api/reports';
export { quarterLabel } from './quarters';
export { CompletenessView } from './components/CompletenessView';
export { ClusterSummaryView } from './components/ClusterSummaryView';
export { ReportsTabs } from './components/ReportsTabs';
