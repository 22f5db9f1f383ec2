-- A search by filters alone, in name order, reads its page from this index until it has
-- enough visible rows that pass the filters, instead of sorting every visible service
-- (lib/data/search-sql.ts, browseByNameSql).
CREATE INDEX "ServiceSearchDocument_sortName_serviceId_idx" ON "ServiceSearchDocument"("sortName", "serviceId");
