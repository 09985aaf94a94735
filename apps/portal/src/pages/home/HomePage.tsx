import { lazy } from "react";
import { useSignedIn } from "../../api/session";

const Dashboard = lazy(() => import("../dashboard/DashboardPage"));
const MemberHome = lazy(() => import("./MemberHome"));

/** The home page: the chamber's dashboard for staff, a member's own enterprise for a member. */
export default function HomePage() {
  const { account } = useSignedIn();
  return account.role === "member" ? <MemberHome /> : <Dashboard />;
}
