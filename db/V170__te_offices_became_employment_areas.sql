-- The TE offices were abolished on 1.1.2025; public employment services now belong to municipal employment areas.
UPDATE organisation SET org_type = 'EMPLOYMENT_AREA' WHERE org_type = 'TE_OFFICE';
