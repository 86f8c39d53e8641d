// Plan tasks whose deadline (ISO date text) is before $asOf and whose status (default not_started) is neither
// done nor cancelled.
MATCH (n:PlanTask)
WHERE n.deadline IS NOT NULL AND n.deadline < $asOf AND NOT coalesce(n.status, 'not_started') IN ['done', 'cancelled']
RETURN split(n.uid, '/')[0] AS arch, n.id AS id, n.name AS name, n.deadline AS deadline, coalesce(n.status, 'not_started') AS status,
       n.taskCode AS taskCode
ORDER BY arch, deadline, id
