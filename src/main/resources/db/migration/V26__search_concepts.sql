-- The concepts of the thesaurus each entry's text names, recorded when it is indexed. A query
-- word that names a concept (sleep, sömn, uni…) then asks for ONE lexeme instead of an OR of every
-- prefix and phrase of the concept's terms in three languages, which made PostgreSQL walk long
-- posting lists and recheck phrases in every row.
--
-- `search_concept` holds, per concept, the tsquery that finds its terms in a text (written by the
-- application from the thesaurus, see SearchQuery.conceptQuery; the rows below are the shipped
-- thesaurus, and the application rewrites them and re-derives every entry's concepts at start-up
-- when the vocabulary has changed). An entry naming a concept gets the lexeme '0c' + the concept's
-- id without hyphens ('0csleep'), weighed as the part of the text that names it: title A,
-- summary and organisation B, body C. A digit first: no word a visitor types reaches it by prefix.
CREATE TABLE search_concept (
  id     text PRIMARY KEY,
  source text NOT NULL,
  query  tsquery NOT NULL
);

-- The concept lexemes for the concepts a part of an entry's text names, with that part's weight.
CREATE FUNCTION ntc_search_named(p_part tsvector, p_weight "char") RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(setweight(to_tsvector('simple', string_agg('0c' || replace(id, '-', ''), ' ')), p_weight), ''::tsvector)
        FROM search_concept WHERE p_part @@ query $$;

-- An entry's document with its concept lexemes derived afresh (any earlier ones dropped first).
CREATE FUNCTION ntc_search_concepts(p_doc tsvector) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT d || ntc_search_named(ts_filter(d, '{a}'), 'A') || ntc_search_named(ts_filter(d, '{b}'), 'B')
            || ntc_search_named(ts_filter(d, '{c}'), 'C')
        FROM (SELECT ts_delete(p_doc, ARRAY(SELECT lexeme FROM unnest(p_doc) WHERE lexeme LIKE '0c%')) AS d) AS x $$;

CREATE OR REPLACE FUNCTION ntc_search_put(p_id uuid, p_type text, p_title jsonb, p_summary jsonb, p_url text, p_at timestamptz,
                               p_body text, p_owner text, p_topics text[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    v_doc tsvector := ntc_search_concepts(setweight(to_tsvector('simple', ntc_search_all(p_title)), 'A')
        || setweight(to_tsvector('simple', concat_ws(' ', ntc_search_all(p_summary), p_owner)), 'B')
        || setweight(to_tsvector('simple', coalesce(p_body, '')), 'C')
        || ntc_search_topics(p_topics));
  BEGIN
    INSERT INTO search_entry (id, type, title, summary, url, published_at, doc)
    VALUES (p_id, p_type, p_title, coalesce(p_summary, '{}'), p_url, coalesce(p_at, now()), v_doc)
    ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, title = EXCLUDED.title, summary = EXCLUDED.summary,
      url = EXCLUDED.url, published_at = EXCLUDED.published_at, doc = EXCLUDED.doc;
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM regexp_split_to_table(lower(concat_ws(' ', ntc_search_all(p_title), p_owner)), '[^[:alnum:]]+') AS w
    WHERE length(w) BETWEEN 4 AND 40 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  END
  $$;

INSERT INTO search_concept (id, source, query) SELECT id, source, to_tsquery('simple', source) FROM (VALUES
  ('older-people', '''ikäihmi'':* | ''ikäänty'':* | ''ikääntyn'':* | ''vanhu'':* | ''vanhuk'':* | ''senio'':* | ''äldr'':* | ''äldreoms'':* | ''pensio'':* | (''äldr'':* <-> ''perso'':*) | (''olde'':* <-> ''peopl'':*) | ''elder'':* | ''aged'':*'),
  ('informal-carers', '''omaishoit'':* | ''omaisho'':* | ''omain'':* | ''omais'':* | ''omaishoita'':* | ''anhör'':* | ''anhörigvård'':* | ''närståe'':* | ''närståendevård'':* | (''infor'':* <-> ''care'':*) | (''famil'':* <-> ''care'':*) | ''caregi'':* | ''care'':* | (''infor'':* <-> ''carer'':*)'),
  ('chronic-conditions', '''pitkäaikaissair'':* | ''pitkäaikaissai'':* | ''krooni'':* | (''kroni'':* <-> ''sjukd'':*) | (''kroni'':* <-> ''sjuk'':*) | (''långva'':* <-> ''sjukd'':*) | (''perso'':* <-> ''med'' <-> ''kroni'':* <-> ''sjukdo'':*) | (''chron'':* <-> ''condit'':*) | (''chron'':* <-> ''disea'':*) | (''long'':* <-> ''term'':* <-> ''condit'':*) | (''peopl'':* <-> ''with'':* <-> ''chron'':* <-> ''conditi'':*)'),
  ('people-with-disabilities', '''vammai'':* | ''vamm'':* | ''toimintarajo'':* | (''vammai'':* <-> ''henki'':*) | ''funktionsnedsättn'':* | ''funktionshin'':* | (''perso'':* <-> ''med'' <-> ''funktionsnedsättn'':*) | ''disabil'':* | ''disab'':* | ''impairm'':* | (''peopl'':* <-> ''with'':* <-> ''disabilit'':*)'),
  ('mental-health', '''mielenterv'':* | ''masen'':* | ''ahdis'':* | (''psyki'':* <-> ''häls'':*) | ''depress'':* | ''ånges'':* | (''menta'':* <-> ''healt'':*) | ''anxie'':*'),
  ('families', '''perh'':* | ''perhe'':* | ''laps'':* | ''lapse'':* | ''vanhem'':* | (''perhe'':* <-> ''ja'' <-> ''lapse'':*) | ''famil'':* | ''barn'':* | ''föräld'':* | (''famil'':* <-> ''och'' <-> ''barn'':*) | ''chil'':* | ''child'':* | ''paren'':* | (''famil'':* <-> ''and'' <-> ''child'':*)'),
  ('professionals', '''ammattilai'':* | ''hoita'':* | ''sairaanhoit'':* | ''lähihoit'':* | ''lääkä'':* | (''sosia'':* <-> ''ja'' <-> ''terveysa'':* <-> ''ammattilai'':*) | ''vårdperso'':* | ''sjuksköter'':* | ''undersköter'':* | ''läkar'':* | (''vård'':* <-> ''och'' <-> ''omsorgsperso'':*) | ''professio'':* | ''nurs'':* | ''physic'':* | ''docto'':* | ''clinic'':* | (''care'':* <-> ''staf'':*) | (''care'':* <-> ''profession'':*)'),
  ('remote-monitoring', '''etämonitoroi'':* | ''etäseura'':* | ''kotimitt'':* | ''etämitt'':* | ''distansövervakn'':* | ''fjärrövervakn'':* | ''egenmätn'':* | ''distansmonitorer'':* | (''remot'':* <-> ''monitor'':*) | ''telemonitor'':* | (''home'':* <-> ''monitor'':*)'),
  ('video-consultation', '''videovastaano'':* | ''etävastaano'':* | ''videopuh'':* | ''etäkäy'':* | ''videoyht'':* | ''videobe'':* | (''digit'':* <-> ''besö'':*) | ''videosam'':* | ''distansbe'':* | (''vide'':* <-> ''consultat'':*) | (''vide'':* <-> ''visi'':*) | (''vide'':* <-> ''call'':*) | (''virtu'':* <-> ''visi'':*) | ''telehea'':*'),
  ('digital-therapeutics', '(''digitaali'':* <-> ''hoit'':*) | ''digitera'':* | ''nettitera'':* | (''digitaali'':* <-> ''hoitomuo'':*) | (''digit'':* <-> ''terap'':*) | ''internetbehandl'':* | (''digit'':* <-> ''behandlin'':*) | (''digit'':* <-> ''therapeut'':*) | (''digit'':* <-> ''thera'':*) | (''inter'':* <-> ''thera'':*)'),
  ('safety-and-alarms', '''turvapuhe'':* | ''turvarann'':* | ''hälyt'':* | ''turvallis'':* | ''turvateknolo'':* | (''turvallis'':* <-> ''ja'' <-> ''hälytyk'':*) | ''trygghetsl'':* | ''larm'':* | ''säker'':* | ''trygg'':* | (''trygg'':* <-> ''och'' <-> ''larm'':*) | (''safet'':* <-> ''alar'':*) | (''perso'':* <-> ''alar'':*) | ''alar'':* | ''safet'':* | (''safet'':* <-> ''and'' <-> ''alarm'':*)'),
  ('medication-management', '''lääkeho'':* | ''lääkeannostel'':* | ''lääkeautomaa'':* | ''lääk'':* | ''lääkk'':* | ''lääkkei'':* | (''lääkehoi'':* <-> ''tuki'':*) | ''läkeme'':* | ''läkemedelsauto'':* | ''mediciner'':* | ''medic'':* | ''läkemedelsdispen'':* | ''läkemedelshanter'':* | ''medicat'':* | ''medici'':* | (''medic'':* <-> ''dispen'':*) | (''pill'':* <-> ''dispen'':*) | ''drug'':* | (''medicat'':* <-> ''managem'':*)'),
  ('rehabilitation', '''kuntou'':* | ''kuntoutumi'':* | ''fysiotera'':* | ''rehabiliter'':* | ''fysioter'':* | ''träni'':* | ''rehabilitat'':* | ''physiother'':* | ''reha'':*'),
  ('assistive-living', '''apuväl'':* | ''apuvälin'':* | ''asumi'':* | ''älyko'':* | ''kotiautomaa'':* | (''asumi'':* <-> ''apuvälin'':*) | ''hjälpme'':* | ''boend'':* | (''smar'':* <-> ''hem'') | (''hjälpme'':* <-> ''i'' <-> ''boend'':*) | (''assist'':* <-> ''technol'':*) | (''assist'':* <-> ''livin'':*) | (''smar'':* <-> ''home'':*)'),
  ('self-care', '''omaho'':* | ''itseho'':* | ''egenv'':* | (''self'':* <-> ''care'':*) | (''self'':* <-> ''managem'':*)'),
  ('care-coordination', '(''hoido'':* <-> ''koordinoi'':*) | ''palveluohj'':* | ''hoitopo'':* | ''vårdkoordiner'':* | (''samord'':* <-> ''vård'':*) | ''vårdke'':* | ''vårdsamordn'':* | (''care'':* <-> ''coordinat'':*) | (''care'':* <-> ''pathw'':*) | (''case'':* <-> ''managem'':*)'),
  ('health-data-interoperability', '''terveysti'':* | ''potilasti'':* | ''yhteentoimiv'':* | ''tietojärjeste'':* | (''terveysti'':* <-> ''ja'' <-> ''yhteentoimiv'':*) | ''hälsod'':* | ''patientd'':* | ''interoperabili'':* | ''journ'':* | (''hälsod'':* <-> ''och'' <-> ''interoperabili'':*) | (''healt'':* <-> ''data'':*) | (''patie'':* <-> ''data'':*) | ''interoperabil'':* | (''healt'':* <-> ''recor'':*) | (''healt'':* <-> ''data'':* <-> ''and'' <-> ''interoperabil'':*)'),
  ('home-care', '''kotiho'':* | ''kotihoi'':* | ''kotipalv'':* | ''kotisairaanho'':* | ''hemtjä'':* | ''hemsjukv'':* | ''hemvå'':* | (''home'':* <-> ''care'':*) | (''home'':* <-> ''help'':*) | (''home'':* <-> ''nursi'':*) | (''domicili'':* <-> ''care'':*)'),
  ('sleep', '''uni'' | ''unen'':* | ''unta'':* | ''unettom'':* | ''nukkumi'':* | ''sömn'':* | ''sömnlös'':* | ''sova'':* | ''slee'':* | ''insom'':* | ''sleep'':*'),
  ('fall', '''kaatumi'':* | ''kaatumisva'':* | ''kaatumistunnis'':* | ''fall'':* | ''falloly'':* | ''fallr'':* | ''falldetek'':* | (''fall'':* <-> ''detect'':*) | (''fall'':* <-> ''risk'':*)'),
  ('loneliness', '''yksinäis'':* | ''yksinäi'':* | (''yksi'':* <-> ''asuv'':*) | ''ensam'':* | ''ensa'':* | ''ensamboe'':* | ''lonelin'':* | ''lonel'':* | (''livin'':* <-> ''alon'':*) | (''socia'':* <-> ''isolat'':*)'),
  ('dementia', '''muistisair'':* | ''muistisai'':* | ''demen'':* | ''muistihäi'':* | ''minnessjuk'':* | (''kogni'':* <-> ''svik'':*) | (''memor'':* <-> ''disor'':*) | ''alzhei'':*'),
  ('diabetes', '''diabe'':* | ''verensok'':* | ''sokerita'':* | ''blodsoc'':* | (''bloo'':* <-> ''suga'':*) | ''gluco'':*'),
  ('blood-pressure', '''verenpa'':* | ''verenpain'':* | (''kohon'':* <-> ''verenpa'':*) | ''blodtr'':* | (''högt'':* <-> ''blodtr'':*) | (''bloo'':* <-> ''press'':*) | ''hypertens'':*'),
  ('heart', '''sydä'':* | ''sydäm'':* | ''sydämentahdis'':* | ''sydänsair'':* | (''sydäm'':* <-> ''vajaatoimi'':*) | ''hjärt'':* | ''hjärtsv'':* | ''hjärtsjuk'':* | ''hear'':* | (''hear'':* <-> ''failu'':*) | ''cardi'':*'),
  ('lung', '''keuhkoahtaumata'':* | ''keuhkosair'':* | ''astm'':* | ''hengi'':* | ''kol'' | ''lungsjuk'':* | ''andni'':* | ''copd'':* | (''lung'':* <-> ''disea'':*) | ''asthm'':* | ''breath'':*'),
  ('wound', '''haav'':* | ''haavanho'':* | ''haava'':* | ''sår'' | ''sårvå'':* | ''woun'':* | (''woun'':* <-> ''care'':*)'),
  ('pain', '''kipu'':* | ''kivu'':* | ''smärt'':* | ''pain'':*'),
  ('nutrition', '''ravitse'':* | ''ruoka'':* | ''ateri'':* | ''nutrit'':* | ''kost'':* | ''målti'':* | ''diet'':* | ''meal'':*'),
  ('physical-activity', '''liiku'':* | ''liikkumi'':* | ''aktiivis'':* | (''fysis'':* <-> ''aktivi'':*) | ''motio'':* | ''rörel'':* | (''physi'':* <-> ''activ'':*) | ''exerc'':* | ''activ'':*'),
  ('hospital-at-home', '''kotisaira'':* | (''sairaalaho'':* <-> ''koton'':*) | (''sjukh'':* <-> ''i'' <-> ''hemme'':*) | ''hemsjuk'':* | (''hospi'':* <-> ''at'' <-> ''home'':*) | (''virtu'':* <-> ''ward'':*)'),
  ('municipality', '''kunt'':* | ''hyvinvointia'':* | ''kaupu'':* | ''kommu'':* | ''regio'':* | ''landst'':* | ''municipal'':* | (''wellbe'':* <-> ''servi'':* <-> ''count'':*)'),
  ('primary-care', '''terveyskes'':* | ''perusterveydenhuo'':* | ''vårdcent'':* | ''primärv'':* | ''hälsocent'':* | (''prima'':* <-> ''care'':*) | (''healt'':* <-> ''centr'':*) | (''healt'':* <-> ''cente'':*)'),
  ('hospital', '''saira'':* | ''erikoissairaanho'':* | ''sjukh'':* | ''specialistv'':* | ''hospi'':* | (''special'':* <-> ''care'':*)'),
  ('pharmacy', '''aptee'':* | ''apote'':* | ''pharm'':*'),
  ('robot', '''robot'':* | ''robotii'':* | ''robo'':*'),
  ('sensor', '''antur'':* | ''senso'':* | ''givar'':*'),
  ('wearable', '''puett'':* | ''älyke'':* | ''ranne'':* | ''aktiivisuusrann'':* | ''bärba'':* | ''smartklo'':* | ''armba'':* | ''weara'':* | ''smartwa'':* | ''wristb'':*'),
  ('app', '''sovel'':* | ''mobiilisovel'':* | ''applikaa'':* | ''app'' | ''applikat'':* | ''mobil'':* | ''applicat'':* | (''mobil'':* <-> ''app'')'),
  ('training', '''koulu'':* | ''koulutuk'':* | ''perehdy'':* | ''opetu'':* | ''utbildn'':* | ''fortbildn'':* | ''kurs'':* | ''train'':* | ''cours'':* | ''educat'':*'),
  ('evaluation', '''arvioi'':* | ''vaikuttav'':* | ''tutki'':* | ''utvärder'':* | ''effek'':* | ''forskn'':* | ''evaluat'':* | ''effectiven'':* | ''resea'':* | ''stud'':*'),
  ('cost', '''kustan'':* | ''kustannuk'':* | ''sääst'':* | ''talou'':* | ''kostn'':* | ''kostna'':* | ''bespar'':* | ''ekono'':* | ''cost'':* | ''savin'':* | ''econo'':*'),
  ('rural', '(''haja'':* <-> ''asutusa'':*) | ''maase'':* | ''syrjäse'':* | ''glesb'':* | ''landsb'':* | ''rura'':* | (''remot'':* <-> ''area'':*) | (''spars'':* <-> ''popula'':*)')
) AS c(id, source);

-- What is indexed already: the indexes are built again once rather than updated row by row.
DROP INDEX search_entry_doc, search_entry_doc_showcase, search_entry_doc_training, search_entry_doc_challenge,
  search_entry_doc_material, search_entry_doc_library, search_entry_doc_organisation;
UPDATE search_entry SET doc = ntc_search_concepts(doc);
CREATE INDEX search_entry_doc ON search_entry USING gin (doc);
CREATE INDEX search_entry_doc_showcase ON search_entry USING gin (doc) WHERE type = 'showcase';
CREATE INDEX search_entry_doc_training ON search_entry USING gin (doc) WHERE type = 'training';
CREATE INDEX search_entry_doc_challenge ON search_entry USING gin (doc) WHERE type = 'challenge';
CREATE INDEX search_entry_doc_material ON search_entry USING gin (doc) WHERE type = 'material';
CREATE INDEX search_entry_doc_library ON search_entry USING gin (doc) WHERE type = 'library';
CREATE INDEX search_entry_doc_organisation ON search_entry USING gin (doc) WHERE type = 'organisation';
ANALYZE search_entry;
