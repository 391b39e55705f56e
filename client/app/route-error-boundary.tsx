import { Component, type ErrorInfo, type ReactNode } from "react";
import { useLocation, type Location } from "react-router";
import { CrashPage } from "./crash-page.tsx";

interface Props { location: Location; children: ReactNode }
interface State { failed: boolean; location: Location }

/** Shows the crash page in place of a page that threw; the next navigation (a new location) clears it. */
class LocationErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, location: this.props.location };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.location === state.location ? null : { failed: false, location: props.location };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("The page crashed", error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashPage /> : this.props.children;
  }
}

export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <LocationErrorBoundary location={useLocation()}>{children}</LocationErrorBoundary>;
}
