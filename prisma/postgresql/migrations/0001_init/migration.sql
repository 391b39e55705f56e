-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PremisesCondition" AS ENUM ('good', 'fair', 'poor', 'needs_renovation');

-- CreateEnum
CREATE TYPE "PremisesStatus" AS ENUM ('available', 'reserved', 'leased', 'under_renovation', 'withdrawn');

-- CreateEnum
CREATE TYPE "AccessibilityLevel" AS ENUM ('full', 'partial', 'none');

-- CreateEnum
CREATE TYPE "Heating" AS ENUM ('district', 'gas', 'electric', 'solid_fuel', 'none');

-- CreateEnum
CREATE TYPE "ToiletKind" AS ENUM ('in_unit', 'shared', 'none');

-- CreateEnum
CREATE TYPE "PremisesUseKind" AS ENUM ('gastronomy', 'retail', 'services', 'office', 'workshop', 'storage', 'community');

-- CreateEnum
CREATE TYPE "PremisesFileKind" AS ENUM ('photo', 'plan');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('approved', 'rejected');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('applicant', 'officer', 'admin');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('foundation', 'association', 'social_cooperative', 'non_profit_company', 'church_legal_person', 'other');

-- CreateEnum
CREATE TYPE "ReintegrationType" AS ENUM ('cis', 'kis', 'wtz', 'zaz');

-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('pending_verification', 'verified', 'returned');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateEnum
CREATE TYPE "LeaseStatus" AS ENUM ('draft', 'signed', 'ended', 'terminated');

-- CreateEnum
CREATE TYPE "LeaseRemainder" AS ENUM ('refund', 'forfeit');

-- CreateEnum
CREATE TYPE "InvestmentStatus" AS ENUM ('proposed', 'consented', 'refused', 'completed', 'accepted');

-- CreateEnum
CREATE TYPE "InvestmentCategory" AS ENUM ('accessibility', 'renovation', 'utilities', 'fit_out', 'other');

-- CreateEnum
CREATE TYPE "InvestmentFileKind" AS ENUM ('photo', 'scan');

-- CreateTable
CREATE TABLE "DataVersion" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Premises" (
    "id" TEXT NOT NULL,
    "inventoryCode" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "buildingNo" TEXT NOT NULL,
    "unitNo" TEXT,
    "postalCode" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "searchText" TEXT NOT NULL,
    "usableAreaDm2" INTEGER NOT NULL,
    "floor" INTEGER NOT NULL,
    "rooms" INTEGER NOT NULL,
    "separateEntrance" BOOLEAN NOT NULL,
    "shopWindow" BOOLEAN NOT NULL,
    "condition" "PremisesCondition" NOT NULL,
    "lastInspection" TEXT,
    "worksNeeded" TEXT,
    "worksCostGrosze" INTEGER,
    "heritage" BOOLEAN NOT NULL,
    "electricity" BOOLEAN NOT NULL,
    "water" BOOLEAN NOT NULL,
    "sewage" BOOLEAN NOT NULL,
    "gas" BOOLEAN NOT NULL,
    "heating" "Heating" NOT NULL,
    "toilet" "ToiletKind" NOT NULL,
    "stepFreeEntrance" BOOLEAN NOT NULL,
    "ramp" BOOLEAN NOT NULL,
    "lift" BOOLEAN NOT NULL,
    "doorWidthCm" INTEGER,
    "levelFloor" BOOLEAN NOT NULL,
    "accessibleToilet" BOOLEAN NOT NULL,
    "disabledParking" BOOLEAN NOT NULL,
    "contrastMarkings" BOOLEAN NOT NULL,
    "inductionLoop" BOOLEAN NOT NULL,
    "accessibilityLevel" "AccessibilityLevel" NOT NULL,
    "baseRateGrosze" INTEGER NOT NULL,
    "status" "PremisesStatus" NOT NULL,
    "socialPool" BOOLEAN NOT NULL,
    "availableFrom" TEXT,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Premises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PremisesUse" (
    "premisesId" TEXT NOT NULL,
    "use" "PremisesUseKind" NOT NULL,

    CONSTRAINT "PremisesUse_pkey" PRIMARY KEY ("premisesId","use")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "changes" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PremisesFile" (
    "id" TEXT NOT NULL,
    "premisesId" TEXT NOT NULL,
    "kind" "PremisesFileKind" NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "PremisesFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RatePolicyVersion" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL,
    "rules" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatePolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountRate" (
    "from" TEXT NOT NULL,
    "baseRate" TEXT NOT NULL,
    "discountRate" TEXT NOT NULL,

    CONSTRAINT "DiscountRate_pkey" PRIMARY KEY ("from")
);

-- CreateTable
CREATE TABLE "PriceIndex" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "cpiTenths" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceIndex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "premisesId" TEXT NOT NULL,
    "createdById" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'draft',
    "intendedUse" "PremisesUseKind" NOT NULL,
    "activity" TEXT NOT NULL,
    "socialPurpose" TEXT NOT NULL,
    "employees" INTEGER NOT NULL,
    "employeesAtRisk" INTEGER NOT NULL,
    "requestedStart" TEXT NOT NULL,
    "requestedMonths" INTEGER NOT NULL,
    "tenantWillRenovate" BOOLEAN NOT NULL,
    "accessibilityNeeds" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reservedPremisesId" TEXT,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationFitOut" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "costGrosze" INTEGER NOT NULL,

    CONSTRAINT "ApplicationFitOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByEmail" TEXT NOT NULL,
    "decidedByName" TEXT NOT NULL DEFAULT '',
    "decidedByPosition" TEXT NOT NULL DEFAULT '',
    "caseNumber" TEXT NOT NULL,
    "justification" TEXT NOT NULL DEFAULT '[]',
    "notice" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT,
    "parties" TEXT NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovedTerms" (
    "decisionId" TEXT NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "categoryLabel" TEXT NOT NULL,
    "derivation" TEXT NOT NULL,
    "alternatives" TEXT NOT NULL,
    "baseRateGrosze" INTEGER NOT NULL,
    "policyRateGrosze" INTEGER NOT NULL,
    "rateGrosze" INTEGER NOT NULL,
    "areaDm2" INTEGER NOT NULL,
    "startDate" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "beforeStartDays" INTEGER NOT NULL,
    "renovationDays" INTEGER NOT NULL,
    "holidayMonths" INTEGER NOT NULL,
    "vatRate" TEXT NOT NULL,
    "monthlyNetGrosze" BIGINT NOT NULL,
    "monthlyVatGrosze" BIGINT NOT NULL,
    "monthlyGrossGrosze" BIGINT NOT NULL,
    "grantDate" TEXT NOT NULL,
    "aidNominalGrosze" BIGINT NOT NULL,
    "discountRate" TEXT,
    "aidDiscountedGrosze" BIGINT,

    CONSTRAINT "ApprovedTerms_pkey" PRIMARY KEY ("decisionId")
);

-- CreateTable
CREATE TABLE "DeMinimisAid" (
    "decisionId" TEXT NOT NULL,
    "eurRate" TEXT NOT NULL,
    "aidEurCents" BIGINT NOT NULL,
    "priorAidEurCents" BIGINT NOT NULL,
    "roomAfterEurCents" BIGINT NOT NULL,

    CONSTRAINT "DeMinimisAid_pkey" PRIMARY KEY ("decisionId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "applicationId" TEXT,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL DEFAULT '',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),
    "emailConfirmedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL DEFAULT 'pl',

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notificationId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm" NOT NULL,
    "krs" TEXT,
    "nip" TEXT NOT NULL,
    "verifiedNip" TEXT,
    "regon" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "socialEnterprise" BOOLEAN NOT NULL,
    "socialEnterpriseSince" TEXT,
    "publicBenefit" BOOLEAN NOT NULL,
    "reintegrationType" "ReintegrationType",
    "economicActivity" BOOLEAN NOT NULL,
    "searchText" TEXT NOT NULL,
    "status" "OrganisationStatus" NOT NULL,
    "returnReason" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclaredAid" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "grantor" TEXT NOT NULL,
    "grantedOn" TEXT NOT NULL,
    "amountEurCents" INTEGER NOT NULL,

    CONSTRAINT "DeclaredAid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateTable
CREATE TABLE "OrganisationInvitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "invitedById" TEXT,
    "status" "InvitationStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "OrganisationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "Lease" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "organisationId" TEXT NOT NULL,
    "premisesId" TEXT NOT NULL,
    "applicationId" TEXT,
    "parties" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "rateGrosze" INTEGER NOT NULL,
    "areaDm2" INTEGER NOT NULL,
    "vatRate" TEXT NOT NULL,
    "holidayDays" INTEGER NOT NULL,
    "depositMultiple" INTEGER NOT NULL,
    "depositGrosze" BIGINT NOT NULL,
    "paymentDay" INTEGER NOT NULL DEFAULT 10,
    "permittedUse" TEXT NOT NULL,
    "offsetShare" TEXT NOT NULL,
    "remainderAtEnd" "LeaseRemainder" NOT NULL,
    "status" "LeaseStatus" NOT NULL DEFAULT 'draft',
    "signedOn" TEXT,
    "terminatedOn" TEXT,
    "terminationReason" TEXT,
    "depositDeductions" TEXT,
    "depositReturnedGrosze" BIGINT,
    "depositSettledOn" TEXT,
    "templateVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaseTemplate" (
    "version" INTEGER NOT NULL,
    "clauses" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "LeaseTemplate_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "LeaseAnnex" (
    "id" TEXT NOT NULL,
    "leaseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "rateGrosze" INTEGER,
    "areaDm2" INTEGER,
    "endDate" TEXT,
    "permittedUse" TEXT,
    "offsetShare" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaseAnnex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionCounter" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "DecisionCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaseCounter" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "LeaseCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Investment" (
    "id" TEXT NOT NULL,
    "leaseId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "premisesId" TEXT NOT NULL,
    "status" "InvestmentStatus" NOT NULL DEFAULT 'proposed',
    "title" TEXT NOT NULL,
    "category" "InvestmentCategory" NOT NULL,
    "scope" TEXT NOT NULL,
    "plannedStart" TEXT NOT NULL,
    "plannedEnd" TEXT NOT NULL,
    "estimate" TEXT NOT NULL,
    "estimateGrosze" BIGINT NOT NULL,
    "addsFeatures" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "approvedGrosze" BIGINT,
    "conditions" TEXT,
    "consentedOn" TEXT,
    "refusalReason" TEXT,
    "refusedOn" TEXT,
    "completedOn" TEXT,
    "actualCostGrosze" BIGINT,
    "invoices" TEXT,
    "invoicesGrosze" BIGINT,
    "acceptedOn" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "acceptedGrosze" BIGINT,
    "acceptanceReason" TEXT,
    "conditionAfter" "PremisesCondition",
    "history" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvestmentFile" (
    "id" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "kind" "InvestmentFileKind" NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvestmentFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Premises_inventoryCode_key" ON "Premises"("inventoryCode");

-- CreateIndex
CREATE INDEX "Premises_status_district_idx" ON "Premises"("status", "district");

-- CreateIndex
CREATE INDEX "Premises_status_lat_lng_idx" ON "Premises"("status", "lat", "lng");

-- CreateIndex
CREATE INDEX "Premises_status_baseRateGrosze_idx" ON "Premises"("status", "baseRateGrosze");

-- CreateIndex
CREATE INDEX "Premises_status_usableAreaDm2_idx" ON "Premises"("status", "usableAreaDm2");

-- CreateIndex
CREATE INDEX "Premises_status_accessibilityLevel_idx" ON "Premises"("status", "accessibilityLevel");

-- CreateIndex
CREATE INDEX "Premises_status_inventoryCode_idx" ON "Premises"("status", "inventoryCode");

-- CreateIndex
CREATE INDEX "Premises_status_district_accessibilityLevel_baseRateGrosze_idx" ON "Premises"("status", "district", "accessibilityLevel", "baseRateGrosze");

-- CreateIndex
CREATE INDEX "Premises_status_searchText_idx" ON "Premises"("status", "searchText");

-- CreateIndex
CREATE INDEX "PremisesUse_use_premisesId_idx" ON "PremisesUse"("use", "premisesId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "PremisesFile_premisesId_kind_createdAt_idx" ON "PremisesFile"("premisesId", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatePolicyVersion_effectiveFrom_key" ON "RatePolicyVersion"("effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "PriceIndex_year_key" ON "PriceIndex"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Application_reservedPremisesId_key" ON "Application"("reservedPremisesId");

-- CreateIndex
CREATE INDEX "Application_status_submittedAt_idx" ON "Application"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_premisesId_status_idx" ON "Application"("premisesId", "status");

-- CreateIndex
CREATE INDEX "Application_organisationId_status_idx" ON "Application"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationFitOut_applicationId_position_key" ON "ApplicationFitOut"("applicationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_applicationId_key" ON "Decision"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_caseNumber_key" ON "Decision"("caseNumber");

-- CreateIndex
CREATE INDEX "ApprovedTerms_policyVersionId_idx" ON "ApprovedTerms"("policyVersionId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_createdAt_idx" ON "Notification"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_deliveredAt_createdAt_idx" ON "Notification"("deliveredAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_applicationId_idx" ON "Notification"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "AccountToken_expiresAt_idx" ON "AccountToken"("expiresAt");

-- CreateIndex
CREATE INDEX "MailMessage_deliveredAt_failedAt_nextAttemptAt_idx" ON "MailMessage"("deliveredAt", "failedAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailMessage_notificationId_to_key" ON "MailMessage"("notificationId", "to");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_verifiedNip_key" ON "Organisation"("verifiedNip");

-- CreateIndex
CREATE INDEX "Organisation_status_name_idx" ON "Organisation"("status", "name");

-- CreateIndex
CREATE INDEX "Organisation_nip_idx" ON "Organisation"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "DeclaredAid_organisationId_position_key" ON "DeclaredAid"("organisationId", "position");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_email_status_idx" ON "OrganisationInvitation"("email", "status");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_organisationId_email_idx" ON "OrganisationInvitation"("organisationId", "email");

-- CreateIndex
CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Lease_applicationId_key" ON "Lease"("applicationId");

-- CreateIndex
CREATE INDEX "Lease_premisesId_status_idx" ON "Lease"("premisesId", "status");

-- CreateIndex
CREATE INDEX "Lease_organisationId_createdAt_idx" ON "Lease"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Lease_status_createdAt_idx" ON "Lease"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Lease_year_seq_key" ON "Lease"("year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "LeaseAnnex_leaseId_number_key" ON "LeaseAnnex"("leaseId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionCounter_key_key" ON "DecisionCounter"("key");

-- CreateIndex
CREATE UNIQUE INDEX "LeaseCounter_year_key" ON "LeaseCounter"("year");

-- CreateIndex
CREATE INDEX "Investment_leaseId_status_idx" ON "Investment"("leaseId", "status");

-- CreateIndex
CREATE INDEX "Investment_organisationId_createdAt_idx" ON "Investment"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Investment_status_createdAt_idx" ON "Investment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Investment_premisesId_status_idx" ON "Investment"("premisesId", "status");

-- CreateIndex
CREATE INDEX "InvestmentFile_investmentId_createdAt_idx" ON "InvestmentFile"("investmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "PremisesUse" ADD CONSTRAINT "PremisesUse_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremisesFile" ADD CONSTRAINT "PremisesFile_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PremisesFile" ADD CONSTRAINT "PremisesFile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_reservedPremisesId_fkey" FOREIGN KEY ("reservedPremisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationFitOut" ADD CONSTRAINT "ApplicationFitOut_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovedTerms" ADD CONSTRAINT "ApprovedTerms_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovedTerms" ADD CONSTRAINT "ApprovedTerms_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "RatePolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeMinimisAid" ADD CONSTRAINT "DeMinimisAid_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "ApprovedTerms"("decisionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclaredAid" ADD CONSTRAINT "DeclaredAid_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationInvitation" ADD CONSTRAINT "OrganisationInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationInvitation" ADD CONSTRAINT "OrganisationInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lease" ADD CONSTRAINT "Lease_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lease" ADD CONSTRAINT "Lease_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lease" ADD CONSTRAINT "Lease_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lease" ADD CONSTRAINT "Lease_templateVersion_fkey" FOREIGN KEY ("templateVersion") REFERENCES "LeaseTemplate"("version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaseAnnex" ADD CONSTRAINT "LeaseAnnex_leaseId_fkey" FOREIGN KEY ("leaseId") REFERENCES "Lease"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_leaseId_fkey" FOREIGN KEY ("leaseId") REFERENCES "Lease"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentFile" ADD CONSTRAINT "InvestmentFile_investmentId_fkey" FOREIGN KEY ("investmentId") REFERENCES "Investment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

