import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteError } from './routes/RouteError';

/**
 * Every screen is loaded when it is first opened, so the first load on a phone carries only the shell: each route
 * module is its own chunk, and its components share it.
 */
function screen<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const HomeRoute = screen(() => import('./routes/HomeRoute'), 'HomeRoute');
const EditItemRoute = screen(() => import('./routes/ItemEditorRoute'), 'EditItemRoute');
const NewItemRoute = screen(() => import('./routes/ItemEditorRoute'), 'NewItemRoute');
const ItemRoute = screen(() => import('./routes/ItemRoute'), 'ItemRoute');
const MyItemsRoute = screen(() => import('./routes/MyItemsRoute'), 'MyItemsRoute');
const AuditRoute = screen(() => import('./routes/AuditRoute'), 'AuditRoute');
const NotificationsRoute = screen(() => import('./routes/NotificationsRoute'), 'NotificationsRoute');
const OrganisationRoute = screen(() => import('./routes/OrganisationsRoute'), 'OrganisationRoute');
const OrganisationsRoute = screen(() => import('./routes/OrganisationsRoute'), 'OrganisationsRoute');
const RoadmapItemsRoute = screen(() => import('./routes/RoadmapItemsRoute'), 'RoadmapItemsRoute');
const ReportCompletenessRoute = screen(() => import('./routes/ReportsRoute'), 'ReportCompletenessRoute');
const ReportRoute = screen(() => import('./routes/ReportsRoute'), 'ReportRoute');
const ReportsRoute = screen(() => import('./routes/ReportsRoute'), 'ReportsRoute');
const ReportSummaryRoute = screen(() => import('./routes/ReportsRoute'), 'ReportSummaryRoute');
const NewPersonRoute = screen(() => import('./routes/PeopleRoute'), 'NewPersonRoute');
const PeopleRoute = screen(() => import('./routes/PeopleRoute'), 'PeopleRoute');
const PersonRoute = screen(() => import('./routes/PeopleRoute'), 'PersonRoute');
const RoadmapsRoute = screen(() => import('./routes/RoadmapsRoute'), 'RoadmapsRoute');
const RoadmapImportPreviewRoute = screen(() => import('./routes/RoadmapImportRoute'), 'RoadmapImportPreviewRoute');
const RoadmapImportRoute = screen(() => import('./routes/RoadmapImportRoute'), 'RoadmapImportRoute');
const ServiceAccountsRoute = screen(() => import('./routes/ServiceAccountsRoute'), 'ServiceAccountsRoute');
const MeetingRoute = screen(() => import('./routes/MeetingsRoute'), 'MeetingRoute');
const MeetingsRoute = screen(() => import('./routes/MeetingsRoute'), 'MeetingsRoute');
const CheckInRoute = screen(() => import('./routes/CheckInRoute'), 'CheckInRoute');
const CheckInScreenRoute = screen(() => import('./routes/CheckInRoute'), 'CheckInScreenRoute');
const BodiesRoute = screen(() => import('./routes/BodiesRoute'), 'BodiesRoute');
const BodyRoute = screen(() => import('./routes/BodiesRoute'), 'BodyRoute');
const DashboardRoute = lazy(() => import('./routes/DashboardRoute'));

/** Every screen of the app, under the shell. Used by the browser router and by the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'my-items', element: <MyItemsRoute /> },
          { path: 'roadmaps', element: <RoadmapsRoute /> },
          { path: 'roadmaps/import', element: <RoadmapImportRoute /> },
          { path: 'roadmaps/import/:importId', element: <RoadmapImportPreviewRoute /> },
          { path: 'roadmaps/:roadmapId', element: <RoadmapItemsRoute /> },
          { path: 'roadmaps/:roadmapId/dashboard', element: <DashboardRoute /> },
          { path: 'roadmaps/:roadmapId/items/new', element: <NewItemRoute /> },
          { path: 'items/:itemId', element: <ItemRoute /> },
          { path: 'items/:itemId/edit', element: <EditItemRoute /> },
          { path: 'organisations', element: <OrganisationsRoute /> },
          { path: 'reports', element: <ReportsRoute /> },
          { path: 'reports/completeness', element: <ReportCompletenessRoute /> },
          { path: 'reports/summary', element: <ReportSummaryRoute /> },
          { path: 'reports/:reportId', element: <ReportRoute /> },
          { path: 'organisations/:organisationId', element: <OrganisationRoute /> },
          { path: 'notifications', element: <NotificationsRoute /> },
          { path: 'people', element: <PeopleRoute /> },
          { path: 'people/new', element: <NewPersonRoute /> },
          { path: 'people/:personId', element: <PersonRoute /> },
          { path: 'service-accounts', element: <ServiceAccountsRoute /> },
          { path: 'audit', element: <AuditRoute /> },
          { path: 'meetings', element: <MeetingsRoute /> },
          { path: 'meetings/:meetingId', element: <MeetingRoute /> },
          { path: 'meetings/:meetingId/check-in-screen', element: <CheckInScreenRoute /> },
          { path: 'check-in/:meetingId', element: <CheckInRoute /> },
          { path: 'bodies', element: <BodiesRoute /> },
          { path: 'bodies/:bodyId', element: <BodyRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
