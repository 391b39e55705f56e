-- CreateTable
CREATE TABLE "DataVersion" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Premises" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inventoryCode" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "buildingNo" TEXT NOT NULL,
    "unitNo" TEXT,
    "postalCode" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "searchText" TEXT NOT NULL,
    "usableAreaDm2" INTEGER NOT NULL,
    "floor" INTEGER NOT NULL,
    "rooms" INTEGER NOT NULL,
    "separateEntrance" BOOLEAN NOT NULL,
    "shopWindow" BOOLEAN NOT NULL,
    "condition" TEXT NOT NULL,
    "lastInspection" DATETIME,
    "worksNeeded" TEXT,
    "worksCostGrosze" INTEGER,
    "heritage" BOOLEAN NOT NULL,
    "electricity" BOOLEAN NOT NULL,
    "water" BOOLEAN NOT NULL,
    "sewage" BOOLEAN NOT NULL,
    "gas" BOOLEAN NOT NULL,
    "heating" TEXT NOT NULL,
    "toilet" TEXT NOT NULL,
    "stepFreeEntrance" BOOLEAN NOT NULL,
    "ramp" BOOLEAN NOT NULL,
    "lift" BOOLEAN NOT NULL,
    "doorWidthCm" INTEGER,
    "levelFloor" BOOLEAN NOT NULL,
    "accessibleToilet" BOOLEAN NOT NULL,
    "disabledParking" BOOLEAN NOT NULL,
    "contrastMarkings" BOOLEAN NOT NULL,
    "inductionLoop" BOOLEAN NOT NULL,
    "accessibilityLevel" TEXT NOT NULL,
    "baseRateGrosze" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "socialPool" BOOLEAN NOT NULL,
    "availableFrom" DATETIME,
    "description" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PremisesUse" (
    "premisesId" TEXT NOT NULL,
    "use" TEXT NOT NULL,

    PRIMARY KEY ("premisesId", "use"),
    CONSTRAINT "PremisesUse_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "changes" TEXT
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
CREATE INDEX "PremisesUse_use_premisesId_idx" ON "PremisesUse"("use", "premisesId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

