-- Section C of the aggregates benchmark, after the runs that choose: the
-- plain-SQL formulation with the best time goes into :c_name and :q_csql.
SELECT c.name AS c_name, c.q AS q_csql
FROM bench_cands c JOIN bench_runs t ON t.label = c.name AND t.section = 'C-select'
GROUP BY c.name, c.q ORDER BY min(t.secs), c.name LIMIT 1 \gset
INSERT INTO bench_notes VALUES ('C sql', :'c_name');
SELECT format('  %-10s best %8s s  %s%s', c.name, to_char(min(t.secs), 'FM9990.000'), c.descr,
              CASE WHEN c.name = :'c_name' THEN '  <- fastest, used below' ELSE '' END)
FROM bench_cands c JOIN bench_runs t ON t.label = c.name AND t.section = 'C-select'
GROUP BY c.name, c.descr ORDER BY min(t.secs);
