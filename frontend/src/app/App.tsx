import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppProvider, type AppProviderProps } from './provider';
import { routes } from './routes';

const router = createBrowserRouter(routes);

export function App(props: Omit<AppProviderProps, 'children'>) {
  return (
    <AppProvider {...props}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
