-- The words the list scenario searches for (q=...): each occurs in the generated activities (bench/sql/data.sql).
-- bench/pgbench/list.sql has the same list, in the same order.
BENCH_WORDS = {
  "совещание", "композитных", "выставке", "субсидии", "импортозамещению", "базальтового", "инвестиций",
  "сертификации", "кадров", "стеклопластиковой", "биокомпозитов", "модернизации", "минпромторга", "семинара",
  "конкурса", "смоленской", "энергосбережению", "цифровизации", "вузами", "обучения",
}
