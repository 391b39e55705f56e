// First, so the feature styles imported by the components below can refine it.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter } from "react-router";
import { prefetchApi } from "./lib/api/queries.ts";
import { createQueryClient } from "./lib/api/query-client.ts";
import { ClientConfig, CONFIG_URL } from "./lib/config/client-config.ts";
import { loadMessages } from "./lib/i18n/index.ts";
import { sessionQuery, SessionProvider } from "./lib/session/session.tsx";
import { AppShell } from "./app/app-shell.tsx";
import { AppRoutes } from "./app/router.tsx";

const queryClient = createQueryClient();
// Every page needs these: ask for them now, while the code of the page itself is still loading.
prefetchApi(queryClient, CONFIG_URL, ClientConfig, { staleTime: Infinity });
void queryClient.prefetchQuery(sessionQuery);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const app = createRoot(root);
void loadMessages().then(() => app.render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <AppShell>
            <AppRoutes />
          </AppShell>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
));
