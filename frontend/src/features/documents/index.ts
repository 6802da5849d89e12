export { ImportUpload, ImportPreviewView, type ImportOrganisationPickerProps } from './components/ImportWizard';
export { RoadmapDocuments } from './components/RoadmapDocuments';
export { AttachmentsPanel } from './components/AttachmentsPanel';
