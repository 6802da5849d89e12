import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { HomeRoute } from './routes/HomeRoute';
import { EditItemRoute, NewItemRoute } from './routes/ItemEditorRoute';
import { ItemRoute } from './routes/ItemRoute';
import { MyItemsRoute } from './routes/MyItemsRoute';
import { AuditRoute } from './routes/AuditRoute';
import { NotificationsRoute } from './routes/NotificationsRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OrganisationRoute, OrganisationsRoute } from './routes/OrganisationsRoute';
import { RoadmapItemsRoute } from './routes/RoadmapItemsRoute';
import { ReportCompletenessRoute, ReportRoute, ReportsRoute, ReportSummaryRoute } from './routes/ReportsRoute';
import { NewPersonRoute, PeopleRoute, PersonRoute } from './routes/PeopleRoute';
import { RoadmapsRoute } from './routes/RoadmapsRoute';
import { RoadmapImportPreviewRoute, RoadmapImportRoute } from './routes/RoadmapImportRoute';
import { RouteError } from './routes/RouteError';
import { ServiceAccountsRoute } from './routes/ServiceAccountsRoute';
import { MeetingRoute, MeetingsRoute } from './routes/MeetingsRoute';
import { CheckInRoute, CheckInScreenRoute } from './routes/CheckInRoute';
import { BodiesRoute, BodyRoute } from './routes/BodiesRoute';

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
