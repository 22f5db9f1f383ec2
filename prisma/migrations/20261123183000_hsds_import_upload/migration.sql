-- CreateTable
CREATE TABLE "HsdsImportUpload" (
    "id" UUID NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "appliedById" TEXT,
    "summary" JSONB,

    CONSTRAINT "HsdsImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HsdsImportUpload_createdAt_idx" ON "HsdsImportUpload"("createdAt");
