"""The syndication-aware attribution model."""

import pytest
import yaml

from cleaner import clean
from cleaner.attribution import normalize_date, strip_site_suffix
from cleaner.rules import load_ruleset

BODY = "<p>" + "这是一篇关于基层法院改革的文章，介绍了相关工作的做法和成效。" * 4 + "</p>"
EN_BODY = "<p>" + "The committee will publish its findings after the consultation closes next spring. " * 3 + "</p>"


def en_page(inner, head=""):
    """An English page titled "Headline": `inner` between its <h1> and its text."""
    return f"<html><head>{head}<title>Headline</title></head><body><h1>Headline</h1>{inner}{EN_BODY}</body></html>"


def cn_page(lines, head=""):
    info = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head>{head}<title>标题_栏目_某网</title></head><body><h1>标题</h1>{info}{BODY}</body></html>"


@pytest.mark.parametrize("value,iso", [
    ("2019-11-13", "2019-11-13"), ("2019/11/13 10:20", "2019-11-13"), ("2019年11月3日", "2019-11-03"),
    ("March 5, 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"), ("2024-03-05T10:00:00Z", "2024-03-05"),
    ("Tuesday, November 19th, 2019 10:30 AM", "2019-11-19"), ("Sept. 3, 2024", "2024-09-03"),
    ("yesterday", None), ("2019-13-45", None), ("Monday 5, 2024", None),
    ("11/13/2019", "2019-11-13"), ("13/11/2019", "2019-11-13"),  # month first where only that reads
    ("6/12/2024", "2024-12-06"),  # day first where either could be
    ("9. 10. 2012 13:48", "2012-10-09"),  # Czech and Slovak space their dots
])
def test_dates_are_normalised(value, iso):
    assert normalize_date(value, load_ruleset().global_rule.months) == iso


def test_title_loses_the_site_suffix():
    assert strip_site_suffix("以实际举措奏响 “脱薄” 奋进曲_资讯速递_政策法规网", ["以实际举措奏响 “脱薄” 奋进曲"]) == (
        "以实际举措奏响 “脱薄” 奋进曲", "政策法规网")
    assert strip_site_suffix("A long headline about rural libraries | Newswire Digest")[0] == (
        "A long headline about rural libraries")
    assert strip_site_suffix("学校举办第二十届大学生科技创新成果展-江北理工大学新闻网") == (
        "学校举办第二十届大学生科技创新成果展", "江北理工大学新闻网")
    assert strip_site_suffix("嶺東市攝影學會 :: 學會新聞 :: 老攝影師許振邦的「南門四十年」") == (
        "老攝影師許振邦的「南門四十年」", "嶺東市攝影學會")
    assert strip_site_suffix("Riverside Rowing Club » News » Why we row before dawn")[0] == "Why we row before dawn"
    # beside a heading, a full-width space or colon separates sections and the site's name too
    assert strip_site_suffix("動画：爆発で31人死亡　写真1枚　国際ニュース：AFPBB News", ["動画：爆発で31人死亡"]) == (
        "動画：爆発で31人死亡", "AFPBB News")
    for title in ("COVID-19 cases fall in Berlin", "엘제이-류화영 진흙탕 싸움", "中-"):
        assert strip_site_suffix(title)[0] == title


def test_the_title_part_naming_the_host_is_the_site_though_longer():
    title = "Flohmarkt am Wall › Historischer Verein Burgstadt-Lindau e.V."
    url = "https://www.burgstadt-lindau.de/termine/12/"
    assert strip_site_suffix(title, url=url) == ("Flohmarkt am Wall", "Historischer Verein Burgstadt-Lindau e.V.")
    # No address: the longest part, as before. A site's name as its og:title is no heading.
    assert strip_site_suffix(title) == ("Historischer Verein Burgstadt-Lindau e.V.", "Flohmarkt am Wall")
    assert strip_site_suffix(title, ["Historischer Verein Burgstadt-Lindau e.V."], url)[0] == "Flohmarkt am Wall"
    assert strip_site_suffix("Rowing at dawn | The Oar Gazette", url="https://theoargazette.com/a") == (
        "Rowing at dawn", "The Oar Gazette")  # a run of words spells the host
    assert strip_site_suffix("Lindau | Lindau news", url="https://lindau.de/") == ("Lindau news", "Lindau")
    # A one-word host's name within a title is a word of the title.
    assert strip_site_suffix("Python 3.6.0 is now available | Blog", ["Python 3.6.0 is now available"],
                             "https://python.org/") == ("Python 3.6.0 is now available", "Blog")
    assert strip_site_suffix("Python 3.6.0 is now available | Blog", url="https://python.org/") == (
        "Python 3.6.0 is now available", "Blog")


def test_a_heading_the_title_ends_with_leaves_the_site_before_it():
    assert strip_site_suffix("Saltmarsh Lane: Old ferry landing will become a park",
                             ["Old ferry landing will become a park"]) == (
        "Old ferry landing will become a park", "Saltmarsh Lane")
    assert strip_site_suffix("半山茶座: 冷氣與電費之間", ["冷氣與電費之間"]) == ("冷氣與電費之間", "半山茶座")
    # Only where a separator sets it off: "Lane" is no site.
    assert strip_site_suffix("Saltmarsh Lane", ["Lane"]) == ("Saltmarsh Lane", None)


def test_editor_is_not_author_and_placeholders_mean_no_author():
    r = clean(cn_page(["来源：人民日报　作者：佚名", "责任编辑：王小明"]))
    a = r.attribution
    assert a.source == "人民日报" and a.editor == "王小明" and a.author is None
    assert "责任编辑" not in r.body and "人民日报" not in r.body
    for nobody in ("网络整理", "综合"):  # "compiled from the web", "collected": no writer
        assert clean(cn_page([f"来源：人民日报　作者：{nobody}"])).attribution.author is None
    # the labels without colons, on a line of their own: read where no line gave the editor, else gone
    r = clean(cn_page(["来源：人民日报"]).replace("</body>", "<p>编辑 刘晓阳 校对 李铭</p></body>"))
    assert r.attribution.editor == "刘晓阳" and "李铭" not in r.body
    r = clean(cn_page(["来源：人民日报", "责任编辑：王小明"]).replace("</body>", "<p>编辑 刘晓阳 校对 李铭</p></body>"))
    assert r.attribution.editor == "王小明" and "李铭" not in r.body


@pytest.mark.parametrize("head,lines", [
    ('<meta name="author" content="104363">', []),  # a CMS's user number
    ("", ["By: 0421-9"]),
])
def test_a_number_is_no_author(head, lines):
    assert clean(cn_page(lines, head=head), site_rules=False).attribution.author is None


def test_the_home_page_of_a_source_that_is_the_site_itself_is_no_original():
    """"来源：某网-文化频道" linking the channel's home page on the site's own domain: the site's
    own article, with neither a source nor an original."""
    line = '2019年06月15日08:18 来源：<a href="http://culture.mou.com.cn/">某网-文化频道</a>'
    a = clean(cn_page([line]).replace("标题_栏目_某网", "标题--文化--某网"), site_rules=False).attribution
    assert (a.site, a.source, a.original_url) == ("某网", None, None)
    a = clean(cn_page([line.replace("某网-文化频道", "人民日报")]), site_rules=False).attribution
    assert (a.source, a.original_url) == ("人民日报", "http://culture.mou.com.cn/")  # another paper's: its home page


@pytest.mark.parametrize("line", [
    '2019-09-07 13:43:45　来源: <a href="http://#">证券市场红周刊</a> <a href="http://jubao.example.com/">举报</a>',
    '<a href="http://money.example.com/"><img src="/icon.png"></a> 本文来源：证券市场红周刊',  # the site's icon
])
def test_a_source_s_link_that_leads_nowhere_is_no_original(line):
    """Not the report link beside the source's broken one, nor the site's icon before the label."""
    a = clean(cn_page([line]), site_rules=False).attribution
    assert (a.source, a.original_url) == ("证券市场红周刊", None)


def test_original_title_and_original_url():
    r = clean(cn_page(["原标题：《基层法院的脱薄之路》", '原文链接：<a href="http://example.gov.cn/a/1.html">点击查看</a>']))
    assert r.attribution.original_title == "基层法院的脱薄之路"
    assert r.attribution.original_url == "http://example.gov.cn/a/1.html"
    assert "原标题" not in r.body and "原文链接" not in r.body


def test_english_originally_appeared_on():
    body = "<p>" + "Rural libraries now lend drills, saws and sewing machines to their patrons. " * 4 + "</p>"
    html = (f"<html><head><title>Libraries lend tools - Digest</title></head><body><h1>Libraries lend tools</h1>"
            f"{body}<p>This article originally appeared on <a href='https://wire.example/x'>The Example Wire</a>.</p>"
            f"<p>Edited by Jane Roe</p></body></html>")
    a = clean(html).attribution
    assert (a.source, a.original_url, a.editor, a.author) == (
        "The Example Wire", "https://wire.example/x", "Jane Roe", None)


def test_prose_that_says_first_appeared_is_not_an_original_link():
    lead = "<p>" + "The camp sits in the desert near the border, and aid rarely reaches it. " * 4 + "</p>"
    prose = ("<p>The camp, also known as <a href='https://ref.example/berm'>the Berm</a>, first appeared in "
             "2014, when people fleeing the war gathered at the checkpoint.</p>")
    html = f"<html><body><h1>The camp</h1>{lead}{prose}{lead}</body></html>"
    r = clean(html)
    assert r.attribution.original_url is None and "first appeared in 2014" in r.body
    credit = "<p>A version of this story first appeared in <a href='https://wire.example/y'>The Wire</a>.</p>"
    assert clean(html.replace("</body>", credit + "</body>")).attribution.original_url == "https://wire.example/y"


def test_metadata_og_jsonld_and_gov_meta():
    head = ('<meta property="og:site_name" content="Digest"><link rel="canonical" href="https://d.example/a">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Head",'
            ' "datePublished": "2024-02-01T08:00:00Z", "author": {"name": "Ann Lee"}}</script>')
    body = "<p>" + "A paragraph of article text that goes on for a while to be content. " * 4 + "</p>"
    a = clean(f"<html><head>{head}</head><body>{body}</body></html>").attribution
    assert (a.site, a.date, a.author, a.url) == ("Digest", "2024-02-01", "Ann Lee", "https://d.example/a")
    gov = ('<meta name="ArticleTitle" content="关于印发通知"><meta name="PubDate" content="2023-06-01 09:00">'
           '<meta name="ContentSource" content="办公厅"><meta name="SiteName" content="某市人民政府">')
    a = clean(f"<html><head>{gov}</head><body>{BODY}</body></html>").attribution
    assert (a.title, a.date, a.source, a.site) == ("关于印发通知", "2023-06-01", "办公厅", "某市人民政府")


def test_front_matter_is_valid_yaml_with_colons_and_quotes():
    html = ('<html><head><title>Breaking: "quotes" and colons: here</title></head><body>'
            '<h1>Breaking: "quotes" and colons: here</h1>' + BODY + "</body></html>")
    md = clean(html).markdown
    data = yaml.safe_load(md.split("---\n")[1])
    assert data["title"] == 'Breaking: "quotes" and colons: here'


def test_seed_attribution_and_date_warning(seed_html):
    r = clean(seed_html)
    a = r.attribution
    assert a.title == "以实际举措奏响 “脱薄” 奋进曲"
    assert a.source == "新疆维吾尔自治区高级人民法院"
    assert a.original_url == "http://xjfy.xjcourt.gov.cn/article/detail/2024/09/id/8104090.shtml"
    assert (a.date, a.site, a.author) == ("2019-11-13", "政策法规网", None)
    assert any("2024" in w and "2019-11-13" in w for w in r.warnings)


@pytest.mark.parametrize("sentence,warned", [
    ("该项目已于2026年3月正式投入使用，运行情况良好。", True),
    ("The plant opened on March 12, 2026 after two years of work.", True),
    ("The plant opened in Sept. 2026 after two years of work.", True),
    ("该市计划到2028年建成全部项目，届时将惠及十万居民。", False),  # a plan, not a date
    ("The summary 2026 report of the board is due next spring.", False),  # "mary 2026" is no month
    ("The plant opened on March 12, 2023 after two years of work.", False),  # earlier than the page
])
def test_a_page_dated_before_the_events_it_reports_is_flagged(sentence, warned):
    html = (f"<html><body><h1>项目投入使用</h1><p>发布时间：2024-05-01　来源：某市日报</p>"
            f"<p>{sentence}</p><p>{'这是正文的第二段，用来让正文足够长。' * 4}</p></body></html>")
    warnings = clean(html.encode(), site_rules=False).warnings
    assert any("earlier than years the text speaks of" in w for w in warnings) == warned, warnings


@pytest.mark.parametrize("credit,original_date", [
    ("This article first appeared in the Harrowby Courier on 28 May 2024 and is reproduced with permission.",
     "2024-05-28"),
    ("By Ann Lee, Lakehead Courier. Originally published January 17, 2024. Reprinted with permission.", "2024-01-17"),
    ("Cet article a d'abord paru dans le magazine Terroirs (n° 142, 5 septembre 2024).", "2024-09-05"),
    ("Quelle: Waldbacher Bote vom 15.03.2025, Text: Stefanie Kräuter", "2025-03-15"),
    ("Fonte: Eco di Valsorda – testo di Chiara Benvenuti, 14 marzo 2025", "2025-03-14"),
    ("출처 : 헬스온데일리(2025.02.20)", "2025-02-20"),
    ("First published on November 19, 2019 / 8:16 AM", None),  # a news page's own, beside its "Updated"
    ("（本文原载于《澜江日报》2024年5月21日第7版，转载时有删节）", "2024-05-21"),
    ("（2024年6月10日付 北信あさひ新聞より転載）", "2024-06-10"),
    ("（转载自：人民法院报 2024年5月16日 第3版）", "2024-05-16"),
    ("本記事は、東雲大学が2025年1月28日に発表したプレスリリースを、同大学の許可を得て転載したものです。", "2025-01-28"),
    ("楼主 清风 发表于 2024-3-5 20:41", None),  # a forum post's own time
])
def test_the_original_s_date_from_its_credit_line(credit, original_date):
    html = (f"<html><head><meta property='article:published_time' content='2024-06-03T08:00:00Z'></head>"
            f"<body><h1>Headline</h1>{EN_BODY}<p>{credit}</p></body></html>")
    result = clean(html, site_rules=False)
    assert result.attribution.original_date == original_date
    assert ("original_date: " in result.markdown) == bool(original_date)


def test_a_page_dated_before_the_original_is_flagged():
    credit = "<p>This article first appeared in the Harrowby Courier on 28 June 2024.</p>"
    html = f"<html><body><h1>Headline</h1><p>Posted 3 June 2024</p>{EN_BODY}{credit}</body></html>"
    result = clean(html, site_rules=False)
    assert (result.attribution.date, result.attribution.original_date) == ("2024-06-03", "2024-06-28")
    assert "date 2024-06-03 is earlier than the original's date (2024-06-28)" in result.warnings
    assert not clean(html.replace("28 June", "28 May"), site_rules=False).warnings


def test_a_chinese_subtitle_after_two_em_dashes_stays_in_the_title():
    assert strip_site_suffix("一盏渔灯亮了八十年——记非遗传承人林秀禾_云屿市非遗中心") == (
        "一盏渔灯亮了八十年——记非遗传承人林秀禾", "云屿市非遗中心")
    assert strip_site_suffix("标题—网站") == ("标题", "网站")


def test_og_title_with_the_sites_name_is_the_heading_the_page_shows():
    """og:title often carries the site's name as <title> does; a heading of the page that
    shows the title without it (a Korean news CMS's <h3 class="heading">) settles the title."""
    title = '"섬마을 하늘에서 약봉지가 내려왔다"…해령군, 3개 섬 드론 배송 시범운항'
    html = (f"<html><head><title>{title} - 남해안저널</title><meta property='og:title' content='{title} - 남해안저널'>"
            f"</head><body><h3 class='heading'>{title}</h3>{BODY}</body></html>")
    result = clean(html)
    assert result.attribution.title == title and title not in result.body


def test_a_heading_matches_og_title_across_a_full_width_space():
    """og:title keeps the ideographic space the page's text shows as a space; a source in
    brackets after it (Yahoo!-style "（配信元）") does not make it another title."""
    heading = "理科室、「星の図書館」に生まれ変わる\u30001年かけ改修"
    html = (f"<html><head><meta property='og:title' content='{heading}（北信あさひ新聞）'></head>"
            f"<body><h1>{heading}</h1>{BODY}</body></html>")
    result = clean(html)
    assert result.attribution.title == "理科室、「星の図書館」に生まれ変わる 1年かけ改修"
    assert "星の図書館" not in result.body


@pytest.mark.parametrize("lang,credit,line", [
    ("de", "Quelle: Kirchwaldener Anzeiger", "Quelle: Kirchwaldener Anzeiger"),
    ("fr", "Source : Ouest-Littoral", "Source : Ouest-Littoral"),
    ("ja", "出典：北信あさひ新聞", "出典：北信あさひ新聞"),
    (None, "Источник: ИА «Северный край»", "Источник: ИА «Северный край»"),  # Cyrillic, undeclared
    ("nl", "Source: Dagblad Noord", "Source: Dagblad Noord"),  # a language without labels: English
])
def test_the_closing_line_speaks_the_articles_language(lang, credit, line):
    texts = {"de": "Der Stadtrat hat am Donnerstag einen Hitzeaktionsplan beschlossen, der ältere Menschen schützt.",
             "fr": "Replanter des haies ne suffit pas : trois ans plus tard, un plant sur deux a disparu du talus.",
             "ja": "閉校した小学校の理科室が「星の図書館」に生まれ変わった。地元の有志が一年かけて改修した。",
             None: "Водонапорная башня 1912 года после двух лет реставрации открылась как музей истории города.",
             "nl": "De gemeente opent deze zomer vijf nieuwe drinkwaterpunten in het centrum en bij het station."}
    html = (f"<html{f' lang={lang}' if lang else ''}><body><article>" + f"<p>{texts[lang]}</p>" * 3
            + f"<p>{credit}</p></article></body></html>")
    assert clean(html, site_rules=False).markdown.rstrip().endswith(line)


@pytest.mark.parametrize("paragraph,language,line", [
    ("經濟部今日公布五月外銷訂單金額，較去年同期成長百分之八點六，連續第三個月成長。", "zh-Hant", "來源：東岸時報"),
    ("经济部门今日公布五月外销订单金额，较去年同期增长百分之八点六，连续第三个月增长。", "zh", "来源：东岸时报"),
])
def test_chinese_in_traditional_characters_is_credited_in_them(paragraph, language, line):
    credit = "來源：東岸時報" if language == "zh-Hant" else "来源：东岸时报"
    result = clean(f"<html><body><article>{f'<p>{paragraph}</p>' * 3}<p>{credit}</p></article></body></html>")
    assert result.attribution.language == language and result.markdown.rstrip().endswith(line)


@pytest.mark.parametrize("value,iso", [
    ("14 mars 2024", "2024-03-14"), ("7. März 2024", "2024-03-07"), ("12 de abril de 2024", "2024-04-12"),
    ("28 Kasım 2024", "2024-11-28"), ("21 października 2024", "2024-10-21"), ("09 Maggio 2024", "2024-05-09"),
    ("3 févr. 2024", "2024-02-03"), ("15 октября 2024", "2024-10-15"),
    ("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03"),  # a Java or Unix timestamp, as a CMS's meta tag gives it
    ("14 Mär 2024", "2024-03-14"),  # first letters of one month's name
    ("5 ma 2024", None),  # too few letters to tell March from May
])
def test_month_names_in_other_languages_are_read_from_the_rule_data(value, iso):
    months = load_ruleset().global_rule.months
    assert normalize_date(value, months) == iso


@pytest.mark.parametrize("line,iso", [
    ("Publié le 14 mars 2024 Mis à jour le 15 mars 2024", "2024-03-14"),
    ("Deniz Karakaya / 28 Kasım 2024 / Okuma süresi: 5 dk", "2024-11-28"),
    ("29 November 2018 | 20 January 2019", None),  # an event's dates, not the page's
    ("Posted: Fri 6:45 PM, Feb 16, 2018", "2018-02-16"),
    ("Von Moritz Bachmann publiziert am 25. September 2018", "2018-09-25"),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "2019-11-18"),
    ("苇川都市报2024-09-05 14:22发布于浙江+ 关注", "2024-09-05"),  # a number date glued to the account's name
    ("Donnerstag, 15.2.2018, 19:51 > da]v[ax", "2018-02-15"),  # the weekday before, the time after a comma
    ("Datum: 22.12.2012, Rubrik: USA", "2012-12-22"),
    ("Von Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen", "2013-05-03"),  # a byline's, after the name
    ("von am 20.06.2018", "2018-06-20"),  # where the template left no name
    ("14/06/2025, 09:41 Too hot to pick: one in three workers", None),  # a printed page's margin
    ("November 28, 2013 -- Updated 0203 GMT (1003 HKT)", None),  # the update's day
    ("04 Mar, 2025, 09:00 ET", "2025-03-04"),  # a release wire's
])
def test_a_date_in_an_info_line(line, iso):
    html = cn_page([]).replace("<h1>标题</h1>", f"<h1>标题</h1><p>{line}</p>")
    assert clean(html).attribution.date == iso


@pytest.mark.parametrize("line,source", [
    ("来源：微信公众号“县域经济观察”", "县域经济观察"),  # the platform is not part of the name
    ("本文转载自：公众号“浮岭茶人手记”（ID：fuling_tea）", "浮岭茶人手记"),
    ("（本文原载《农村治理研究》2024年第3期）", "农村治理研究"),  # nor the issue it ran in
    ("編按：本文原刊載於中華民國113年4月9日《島嶼日報》，經作者同意轉載。", "島嶼日報"),  # a Taiwanese date
    ("發布單位：秘書處 資料來源：港都新聞網 發布日期：2024/04/12", "港都新聞網"),
    ("原文：《最后的摆渡人》，作者：邱远航，来源：南方周末", "南方周末"),
    ("📰原文：《菜市场里的“共享厨房”》｜棠溪晚报 记者 苏禾", "棠溪晚报"),  # a post's credit line
    ("本文獲《港聞財經報》授權轉載，原文於2024年6月1日刊出。", "港聞財經報"),
    ("《 人民日报 》（ 2024年09月23日 第 10 版）", "人民日报"),  # a paper's edition line
    ("(With inputs from NNS)", "NNS"),  # an Indian portal's agency credit
    ("ขอบคุณข้อมูลจาก: ลานนาโพสต์", "ลานนาโพสต์"),  # a Thai portal's
    ("This op-ed originally appeared in the Tri-County Farm Ledger on February 6, 2025.", "Tri-County Farm Ledger"),
    ("Reprinted from The Calloway Courier, March 3, 2025", "Calloway Courier"),
    ("Reprinted with permission from the July 2024 issue of Prairie Lines, the magazine of the Plains Co-op.",
     "Prairie Lines"),
    # the headline after the paper's name, as a newspaper group credits a sister paper's story
    ("This article originally appeared on Pinewick Daily Register: A Pinewick diner served its last plate",
     "Pinewick Daily Register"),
    ("Originally published at obinwankwo.net on April 2, 2025.", "obinwankwo.net"),  # a site named by its host
    ("Con información de Laura Medina Ortiz / El Mirador del Bajío", "El Mirador del Bajío"),  # the reporter first
    ("A version of this piece ran as an op-ed in the Port Averly Herald on June 8, 2025.", "Port Averly Herald"),
    ("Cross-posted from my personal blog, Loose Threads, where it first ran on February 9.", "Loose Threads"),
    ("May 06, 2025 08:00 ET | Source: Lumenfield Health Partners Follow", "Lumenfield Health Partners"),  # a button
    ("来源：某网", None),  # the republisher itself: no other origin
    ("来源：本站", None),  # "this site"
    ("来源：网络", None),  # "the internet"
    ("Fuente: {{ articulo.fuente }}", None),  # a template's placeholder, the page saved before its script ran
    ("המאמר פורסם לראשונה באתר הד הדרום ב-5 בינואר 2025.", "הד הדרום"),  # not the date after it
    ("Αναδημοσίευση από την εφημερίδα «Η Ηχώ της Λίμνης» (φύλλο 8ης Μαΐου 2024)", "Η Ηχώ της Λίμνης"),
    ("منبع: روزنامه افق شهر", "روزنامه افق شهر"),
    ("Vía: Diario de Arousa", "Diario de Arousa"),
    ("This story was first published by our partner title the Kelsby Herald.", "Kelsby Herald"),
    ("【转载说明】本文转载自《城市园艺》杂志2025年第4期，作者周立言", "城市园艺"),
    ("This article first appeared in the March 14, 2025, edition of Valley Grower Weekly.", "Valley Grower Weekly"),
    ("From: Alder Creek Courier, Wednesday, April 9, 2025", "Alder Creek Courier"),  # a forwarded article's header
    ("From: Gail Okafor <gail@watershed.example>", None),  # a mail's sender
    ("Джерело: газета «Вісті Надросся»", "Вісті Надросся"),  # not the word "newspaper" before it
    ("資料來源 東岸日報", "東岸日報"),  # a table's row saved as text, its cells split by a tab
    ("Culled from The Niger Courier, Monday, March 3, 2025", "Niger Courier"),
    ("via The Wolds Chronicle", "The Wolds Chronicle"),  # under the byline, on a line of its own
    ("Artikeln publicerades först i tidningen Livsmedel Hantverk nr 2 2025 och återpubliceras med tillstånd.",
     "Livsmedel Hantverk"),
])
def test_a_source_is_its_name_alone(line, source):
    assert clean(cn_page([line]), site_rules=False).attribution.source == source


@pytest.mark.parametrize("line,author", [
    ("作者：文／林佩珊 图／陈伟强", "林佩珊"),  # the photographer is not the author
    ("作者：梁綺雯（本會總幹事）", "梁綺雯"),
    ("作者：文静", "文静"),  # a name that starts with 文
    ("文丨舒晴", "舒晴"),
    ("By Groundwork Staff", None),  # a desk, not a person
    ("By Communications team", None),
    ("来源：新华社　作者：新华社", None),  # the agency whose copy it is
    ("Tim Redaksi", None),  # "the editorial team"
    ("Uxía Pereira, corresponsal en Vilanova de Arousa", "Uxía Pereira"),  # a name and a role
    ("Joanna Wilk, dziennikarka „Gazety Nadbużańskiej”", "Joanna Wilk"),
    ("Haber: Elif KARACA", "Elif KARACA"),
    ("Оксана КРАВЧУК, «Вісті Надросся».", "Оксана КРАВЧУК"),
    ("Opublikował(a): Redakcja ZGN", None),
    ("Της Ελένης Μαυρίδου", "Ελένης Μαυρίδου"),  # a Greek byline, in the genitive
    ("[한빛경제신문 김서연 기자]", "김서연"),  # a Korean paper's bracketed byline
])
def test_an_author_is_a_person_s_name_alone(line, author):
    assert clean(cn_page([line]), site_rules=False).attribution.author == author


@pytest.mark.parametrize("lines,url", [
    (["Fuente: <a href='https://diario.example/2024/04/16/la-sequia/'>Diario Cordillera</a>"],
     "https://diario.example/2024/04/16/la-sequia/"),  # the link on the source's name
    (["This article is republished from <a href='https://desk.example/uk'>The Desk</a> under a Creative Commons "
      "license. Read the <a href='https://desk.example/trees-228914'>original article</a>."],
     "https://desk.example/trees-228914"),  # not the home page linked first
    (["（原文刊载于《安澜晚报》2024年3月14日第5版 <a href='http://epaper.example.cn/5_3.htm'>查看原文</a>）"],
     "http://epaper.example.cn/5_3.htm"),
    (["Fuente: <a href='https://www.google.com/url?q=https%3A%2F%2Fdiario.example%2F2024%2Fla-sequia%2F&sa=D'>"
      "Diario Cordillera</a>"], "https://diario.example/2024/la-sequia/"),  # through the editor's redirect
])
def test_the_original_url_is_the_link_that_says_so(lines, url):
    assert clean(cn_page(lines), site_rules=False).attribution.original_url == url


@pytest.mark.parametrize("credit, url", [
    ("<p>Source: Riverside Courier</p><p><a href='https://courier.example/2025/03/04/flood-barriers'>Flood barriers "
     "go up along the river</a></p>", "https://courier.example/2025/03/04/flood-barriers"),  # alone below the credit
    ("<table><tr><th>来源</th><td>港闻晨报</td></tr><tr><th>版次</th><td>2024年9月28日 A06版</td></tr>"
     "<tr><th>网址</th><td><a href='https://news.kwmp.example/20240928/00213.html'>news.kwmp.example</a></td></tr>"
     "</table>", "https://news.kwmp.example/20240928/00213.html"),  # in the rows of the credit's table
    ("<p>출처: 한빛복음신문</p><p><a href='/bbs/link.php?no=1'><b>https://www.hanbit.example/news/articleView.html?"
     "idxno=30412</b></a></p>", "https://www.hanbit.example/news/articleView.html?idxno=30412"),  # as it shows it
    # a share button's address, a correction form's, a page of the site's own: none is the original
    ("<p>Source: Riverside Courier</p><p><a href='https://social.example/share?url=https%3A%2F%2Fcourier.example"
     "%2F2025%2F03%2F04%2Fflood-barriers'>Share on Social</a></p>", None),
    ("<p>来源：港闻晨报</p><p><a href='http://jiucuo.example.cn/?url=http://news.example.cn/2024/06/a.htm'>我要纠错</a></p>",
     None),
    ("<p>Source: Riverside Courier</p><p><a href='https://brief.example.com/2025/03/other-story'>Other story</a></p>",
     None),
    ("<p>来源：港闻晨报</p><p><a href='https://other.example/2024/06/01/a.html'>相关阅读：港口夜间开放</a></p>", None),
])
def test_the_original_url_is_the_article_linked_beside_the_source_s_credit(credit, url):
    """Where no words say which link is the original's, the article on another site that the
    credit links, in its line, its table's rows or alone right below it, is."""
    html = f"<html><head><title>Headline</title></head><body><h1>Headline</h1>{EN_BODY}{credit}</body></html>"
    assert clean(html, url="https://brief.example.com/a/1", site_rules=False).attribution.original_url == url


@pytest.mark.parametrize("page_url,canonical,original_url", [
    ("https://www.msn.com/en-us/news/a/1", "https://www.cnn.com/2019/11/18/a/index.html",
     "https://www.cnn.com/2019/11/18/a/index.html"),  # a syndicated copy names its original to search engines
    ("https://www.insider.com/a", "https://www.insider.de/a", None),  # the same brand's edition elsewhere
    ("https://amp.example.com/a", "https://www.example.com/a", None),
    ("http://jaraguadosul.com.br/news/a", "https://www.jaraguadosul.sc.gov.br/news/a", None),  # its .gov.br name
    (None, "https://www.cnn.com/a", None),  # no page URL: the canonical is the page's own
])
def test_a_canonical_link_to_another_site_is_the_original(page_url, canonical, original_url):
    html = f'<html><head><link rel="canonical" href="{canonical}"></head><body><h1>Headline</h1>{EN_BODY}</body></html>'
    assert clean(html, url=page_url, site_rules=False).attribution.original_url == original_url


@pytest.mark.parametrize("page_url,original_url", [
    ("https://correctiv.example/2019/05/14/zusage", None),  # the original names itself so
    ("http://www.correctiv.example/2019/05/14/zusage/", None),
    ("https://brief.example.com/a/1", "https://correctiv.example/2019/05/14/zusage/"),  # a copy names its original
])
def test_an_original_source_tag_on_the_original_s_own_page_names_no_original(page_url, original_url):
    head = '<meta name="original-source" content="https://correctiv.example/2019/05/14/zusage/">'
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, url=page_url, site_rules=False).attribution.original_url == original_url


@pytest.mark.parametrize("head,original_url", [
    ('<meta name="syndication-source" content="https://waterdesk.example.org/2026/03/09/wells/">',
     "https://waterdesk.example.org/2026/03/09/wells/"),  # the article's address beats the home page's
    ('<meta name="dc.source" content="Water Desk">', "https://waterdesk.example.org/"),  # a name: no address
    ("", "https://waterdesk.example.org/"),  # the home page, when nothing names the article's own
])
def test_a_credit_produced_by_a_newsroom_names_the_source_and_an_address_beats_its_home_page(head, original_url):
    credit = ("<p>This story was produced by <a href='https://waterdesk.example.org/'>Water Desk</a>, a nonprofit "
              "newsroom covering water in the Plains, and is republished with permission.</p>")
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}{credit}</body></html>"
    result = clean(html, url="https://brief.example.com/a/1", site_rules=False)
    assert (result.attribution.source, result.attribution.original_url) == ("Water Desk", original_url)
    assert "produced by" not in result.body


def test_the_site_of_scraped_text_is_its_footer_s_sponsor_or_its_welcome_bar_s():
    paragraph = "近日，市统计局召开全市统计工作会议，总结去年工作，部署今年任务，要求各地提高数据质量。"
    paragraphs = "\n".join([paragraph] * 3)
    footer = "主办单位：江北省统计局 承办单位：江北省统计信息中心 地址：江州市人民路1号"
    text = f"首页\n统计新闻\n全市统计工作会议召开\n发布时间：2024-05-06 来源：市统计局\n{paragraphs}\n{footer}\n"
    assert clean(text.encode(), site_rules=False).attribution.site == "江北省统计局"
    office = text.replace("主办单位：江北省统计局", "主办单位：江北省人民政府办公室")  # the office running it
    assert clean(office.encode(), site_rules=False).attribution.site == "江北省人民政府"
    welcome = "欢迎访问安平市人力资源和社会保障局网站！\n"
    assert clean((welcome + text.replace(footer, "")).encode(), site_rules=False).attribution.site == (
        "安平市人力资源和社会保障局")



@pytest.mark.parametrize("first, last, site", [
    ("青柚资讯", "本文为青柚号作者发布，不代表青柚资讯立场", "青柚资讯"),  # the header's name, named again below
    ("云栖苑业主之家 · 邻里互助", "云栖苑业主之家 · 邻里互助 自愿交流", "云栖苑业主之家"),  # less its tagline
    ("Пасечник.Клуб", "© Пасечник.Клуб", "Пасечник.Клуб"),
    ("青柚资讯", "联系我们", None),  # named once: a menu's first item, a section's name
    ("首页", "返回首页", None),  # a menu's "Home"
])
def test_scraped_text_s_first_line_names_the_site_its_last_lines_name_again(first, last, site):
    paragraph = "近日，市统计局召开全市统计工作会议，总结去年工作，部署今年任务，要求各地提高数据质量。"
    lines = [first, "统计新闻", "全市统计工作会议召开", "发布时间：2024-05-06", *[paragraph] * 3, "评论", last]
    text = "\n".join(lines)
    assert clean(text.encode(), site_rules=False).attribution.site == site


@pytest.mark.parametrize("below, site", [
    ("地址：江州市人民路1号 邮编：450018\n网站标识码：4100000031", "江北省统计局"),  # the footer, a field a line
    ("承办单位：江北省统计信息中心\n地址：江州市人民路1号 邮编：450018", "江北省统计局"),
    ("承办单位：江州市图书馆\n活动时间：5月18日上午9时", None),  # a notice's own organiser, in the text
])
def test_a_footer_s_sponsor_on_a_line_of_its_own_is_the_site(below, site):
    """Scraped text sets each of a footer's fields on a line of its own: "主办单位：X" over its
    postcode and ICP lines names the site. A notice's "主办单位：X" over "承办单位：Y" and its
    time names the event's organiser, not the site's."""
    paragraph = "近日，市统计局召开全市统计工作会议，总结去年工作，部署今年任务，要求各地提高数据质量。"
    text = "\n".join(["首页", "统计新闻", "全市统计工作会议召开", "发布时间：2024-05-06 来源：市统计局",
                     *[paragraph] * 3, "主办单位：江北省统计局", below])
    assert clean(text.encode(), site_rules=False).attribution.site == site


EN_PARAGRAPH = ("The council approved the new cycle lanes on Tuesday after a long debate about parking, "
                "and work on the first section will begin in the spring.")


def en_text(*footer, credit="Source: The Harbour Gazette"):
    lines = ["Home | News | Events | Contact", "Cycle lanes approved for the high street",
             "Posted 4 March 2025", *[EN_PARAGRAPH] * 3, credit, *footer]
    return "\n".join(lines).encode()


@pytest.mark.parametrize("footer,site", [
    ("© 2025 Millbrook Cycling Club. All rights reserved.", "Millbrook Cycling Club"),
    ("Copyright © 2012–2025 Millbrook Cycling Club · Registered charity 1100234", "Millbrook Cycling Club"),
    ("© 2025 Millbrook Media LLC. All rights reserved.", "Millbrook Media"),  # a company's legal form goes
    ("© 2025 Radsportverein Millbrook e.V.", "Radsportverein Millbrook e.V."),  # an association's stays
    ("© 2025 Portal Millbrook. Todos os direitos reservados.", "Portal Millbrook"),
    ("© 2024 Millbrook Net 版權所有，未經授權不得轉載", "Millbrook Net"),
    ("© 2025 by the author", None),
    ("© Aaron Schwartz", None),  # a photo's credit: a footer's line has its year or its rights
    ("© 2025 Reuters", None),  # a wire story's copyright under its text, not the site's
    ("© 2025 The Harbour Gazette. All rights reserved.", None),  # the source's own, under the reprint
])
def test_the_site_of_scraped_text_is_its_copyright_line_s(footer, site):
    attribution = clean(en_text(footer), site_rules=False).attribution
    assert (attribution.site, attribution.source) == (site, "The Harbour Gazette")


def test_a_copyright_line_does_not_outrank_the_site_s_metadata():
    head = '<meta property="og:site_name" content="Millbrook Today">'
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}<p>© 2025 Millbrook Media LLC</p></body></html>"
    assert clean(html, site_rules=False).attribution.site == "Millbrook Today"


@pytest.mark.parametrize("site_name,site,author", [
    ("Autoracing | F1 | Indy | MotoGP", "Autoracing", "Ana Lima"),  # a tagline is no part of the name
    ("https://www.hawaiinewsnow.example", "www.hawaiinewsnow.example", "Ana Lima"),
    ("LinkNaija | Nigeria's popular news platform", "LinkNaija", None),  # the site signs its unsigned stories
    ("Ana Lima", "Ana Lima", "Ana Lima"),  # a blog named after its writer
])
def test_the_site_s_name_from_its_metadata(site_name, site, author):
    byline = "LinkNaija" if author is None else "Ana Lima"
    head = f'<meta property="og:site_name" content="{site_name}"><meta name="author" content="{byline}">'
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.site, attribution.author) == (site, author)


@pytest.mark.parametrize("line,source,kept", [
    ("路透香港5月8日 - 兩位知情人士週三表示，內地電動車零部件製造商計劃最快於今年6月在香港上市。", "路透", True),
    ("法新社巴黎6月3日电 法国政府3日宣布，将从下月起调整公共交通票价。", "法新社", True),  # the lead stays
    ("作者：美联社", "美联社", False),  # a wire named as the writer is the source
])
def test_a_foreign_wire_in_chinese_copy_is_its_source(line, source, kept):
    result = clean(cn_page([line]), site_rules=False)
    assert (result.attribution.source, result.attribution.author) == (source, None)
    assert (line in result.body) == kept


@pytest.mark.parametrize("header,site", [
    ("<a href='/'><img src='/logo.png' alt='桐溪教育网'></a>", "桐溪教育网"),
    ("<a href='https://www.tongxi.example/'><span><img src='/l.png' alt='The Space Review logo'></span></a>",
     "The Space Review"),
    ("<a href='/index.html'><img src='/l.png' alt='Catch it Kansas - Content - News'></a>", "Catch it Kansas"),
    ("<a href='/'><img src='/l.png' alt='Home'></a>", None),  # names nothing
    ("<a href='https://wordpress.example/'><img src='/w.png' alt='WordPress'></a>", None),  # another site's
    ("<a href='/news/'><img src='/l.png' alt='News'></a>", None),  # not the home page
    ("<a href='#'><img class='flag' src='/flag/DE.gif' alt='lang'></a>", None),  # a language switcher's toggle
])
def test_the_site_is_named_by_its_logo(header, site):
    html = f"<html><body><header>{header}</header><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, url="https://www.tongxi.example/a/1.html", site_rules=False).attribution.site == site
    head = "<meta property='og:site_name' content='Tongxi Daily'>"  # metadata outranks it
    assert clean(html.replace("<html>", f"<html><head>{head}</head>"), site_rules=False).attribution.site == (
        "Tongxi Daily")


def test_scraped_text_s_info_line_below_a_long_cookie_notice_and_a_comment_thread():
    cookie = "We use cookies to improve your experience on our website. By browsing, you agree to this."
    thread = ["Teresa Galvan", "Mar 5, 2025 at 8:12 AM",
              "Six months?? My two walk over that bridge every single morning.", "Like · Reply · 23"]
    lines = [cookie, "Accept", "Home | News | Local", *thread, "Alder Street footbridge to close for repairs",
             "March 4, 2025", *[EN_PARAGRAPH] * 3]
    attribution = clean("\n".join(lines).encode(), site_rules=False).attribution
    assert (attribution.title, attribution.date) == ("Alder Street footbridge to close for repairs", "2025-03-04")


def test_a_notice_s_own_sponsor_is_not_the_site():
    lines = ["主办单位：汾溪市文化馆", "欢迎广大市民踊跃参加！"]  # one field a line, not a footer's run of them
    assert clean(cn_page(lines), site_rules=False).attribution.site == "某网"


@pytest.mark.parametrize("lines,author", [
    (["本报讯（记者 周立新 通讯员 陈晓岚）经过近十个月的施工，城西骑楼街保护性改造工程日前全面完工。"], "周立新"),
    (["华夏社昆明6月18日电（记者段思远、李晗）6月18日上午9时，首趟列车从青崖县城站缓缓驶出。"], "段思远、李晗"),
    (["本文经授权转载自微信公众号“硅谷边角料”（ID：guigu_bjl），作者：林默，编辑：苏晓。"], "林默"),
    (["【来源：东江日报】【作者：记者 孙立平 通讯员 陈雅琴】【发布时间：2024-05-08】"], "孙立平"),
    (["2024/06/12 14:30 來源：中央社 記者王小明／台北報導"], "王小明"),
    (["作者：晚报记者 钱一鸣　　来源：南湖晚报"], "钱一鸣"),  # the paper's word before the name
    (["2023-12-05  文/陆清禾  阅读 3214"], "陆清禾"),  # a view count after it
])
def test_chinese_bylines_wherever_they_stand(lines, author):
    result = clean(cn_page(lines), site_rules=False)
    assert result.attribution.author == author
    if "讯（" in lines[0] or "电（" in lines[0]:  # the lead that opens with its dateline stays
        assert lines[0].split("）")[1][:10] in result.body


def test_a_credit_s_table_of_fields():
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in [
        ("原载媒体", "《青屿日报》2024年8月26日 第03版"), ("作　　者", "郑可"), ("原载日期", "2024年8月26日")])
    data = "<table><tr><th>年份</th><th>来源</th></tr><tr><td>2023</td><td>统计局</td></tr></table>"
    html = cn_page([]).replace("</body>", f"{data}<table class='xxly'>{rows}</table></body>")
    a = clean(html, site_rules=False).attribution
    assert (a.source, a.author, a.date) == ("青屿日报", "郑可", "2024-08-26")


@pytest.mark.parametrize("note", [
    "<figure><table><tr><td>1</td></tr></table><figcaption>Horarios. Fuente: Autocares Serranos.</figcaption></figure>",
    "<table><tr><td>1</td></tr></table><p><em>Source: District testing records, 2023–2025.</em></p>",
])
def test_a_table_s_source_note_is_not_the_article_s(note):
    html = cn_page([]).replace(BODY, BODY + note)
    assert clean(html, site_rules=False).attribution.source is None


@pytest.mark.parametrize("lead,source", [
    ("ZURICH, April 9 (Meridian Wire) - Chocolate makers are quietly shrinking their bars this year.", "Meridian Wire"),
    ("Guwahati, Oct 14 (PTI) Small tea growers in Assam on Saturday urged the state government to act.", "PTI"),
    ("LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, data showed.", "Reuters"),
    ("Paris (France) is where the delegates met on Monday to discuss the treaty and its many annexes.", None),
    # other languages' datelines: a department in brackets, the day before the month, dpa in lower case
    ("VERNAY-SUR-ALLIER (Puy-de-Dôme), 14 mai (ACP) – Le sous-traitant a annoncé mardi la suppression de postes.",
     "ACP"),
    ("Berlin (dpa) – Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr kürzen.", "dpa"),
    ("WASHINGTON (Aug. 13) -- Defense Secretary Robert Gates has ordered a review of the seaborne service.", None),
])
def test_a_wire_story_s_dateline_names_its_agency_and_the_lead_stays(lead, source):
    html = f"<html><body><article><h1>Headline of the wire story</h1><p>{lead}</p>{EN_BODY}</article></body></html>"
    result = clean(html, site_rules=False)
    assert result.attribution.source == source and lead[:30] in result.body


@pytest.mark.parametrize("note,source", [
    ("The following news release was issued by the B.C. Ministry of Education and Child Care on February 12.",
     "B.C. Ministry of Education and Child Care"),  # an initial's dot, an "and" inside the name
    ("The following statement was issued by the Harbour Board and is shared here with permission.", "Harbour Board"),
])
def test_a_press_release_s_issuer_is_its_source(note, source):
    html = f"<html><body><article><h1>A release</h1><p><em>{note}</em></p>{EN_BODY}</article></body></html>"
    assert clean(html, site_rules=False).attribution.source == source


@pytest.mark.parametrize("meta,date", [
    ('<meta name="pdate" content="20191119">', "2019-11-19"),  # compact, alone in its tag
    ('<meta name="parsely-pub-date" content="2019-11-18T11:30:00Z">', "2019-11-18"),
    ('<meta name="sailthru.date" content="2019-11-19T21:57:01+0000">', "2019-11-19"),
])
def test_publication_dates_in_the_meta_tags_news_sites_use(meta, date):
    assert clean(cn_page([], head=meta), site_rules=False).attribution.date == date


def test_meta_tags_that_give_their_value_in_value_not_content_are_read():
    """Vox Media's and Kinja's templates write `<meta name="author" value="…">`: browsers ignore
    it, but it is the page's own statement of its writer and date."""
    head = ('<meta name="author" value="T.C. Sottek">'
            '<meta value="2016-11-29T10:00:19-05:00" name="article:published_time">')
    a = clean(f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>", site_rules=False).attribution
    assert (a.author, a.date) == ("T.C. Sottek", "2016-11-29")
    a = clean(cn_page([], head='<meta name="author" value="李明">'), site_rules=False).attribution
    assert a.author == "李明"


@pytest.mark.parametrize("markup,date", [
    ('<p><span itemprop="datePublished" content="2016-12-22T05:00:00-0800"></span>Posted in News</p>', "2016-12-22"),
    ('<p><time class="local-time" datetime="2016-12-23T16:14:25+00:00" pubdate="pubdate"></time></p>', "2016-12-23"),
    ("<p>December 7, 2016 @ 3:53 PM</p>", "2016-12-07"),  # "@" for "at"
    ('<meta name="article_date_original" value="Tuesday, December 13, 2016,  4:51 PM">', "2016-12-13"),
])
def test_a_date_where_no_line_states_it(markup, date):
    """Microdata on any element, HTML's `pubdate`, Advance Local's meta tag: where no info line
    gives the date, what the markup says it is."""
    html = f"<html><head><title>Headline</title></head><body><h1>Headline</h1>{markup}{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.date == date


def test_metadata_beats_a_date_read_only_by_where_it_stands():
    """A related story's date may stand above the text; a labelled date line still beats metadata."""
    head = '<meta property="article:published_time" content="2019-11-20T08:00:00Z">'
    related = "<p><a href='/n/1'>An older story</a></p><p><time datetime='2005-08-18'>August 18, 2005</time></p>"
    html = cn_page([], head=head).replace("<h1>", related + "<h1>")
    assert clean(html, site_rules=False).attribution.date == "2019-11-20"
    assert clean(cn_page(["发布时间：2019-11-13"], head=head), site_rules=False).attribution.date == "2019-11-13"


@pytest.mark.parametrize("stamp,line,date", [
    ("2024-04-24T05:47:10+00:00", "23 de abril de 2024", "2024-04-23"),  # posted the evening before, UTC
    ("2019-11-19T00:04:00.000Z", "Nov. 18, 2019", "2019-11-18"),
    ("2019-11-19T09:30:00+08:00", "2019年11月18日", "2019-11-19"),  # a local time: the metadata's day
    ("2019-11-22T05:47:10+00:00", "2019年11月19日", "2019-11-22"),  # three days off: a related story's
])
def test_the_day_the_page_shows_beats_a_utc_stamp_a_day_off(stamp, line, date):
    """A UTC timestamp tells the day in Greenwich; the page tells its readers the day where it is."""
    head = f'<meta property="article:published_time" content="{stamp}">'
    html = cn_page([], head=head).replace("<h1>标题</h1>", f"<h1>标题</h1><p>{line}</p>")
    assert clean(html, site_rules=False).attribution.date == date


def test_a_related_card_s_date_under_the_text_is_not_the_page_s():
    """Cards of related stories under the text, each a link around its heading and a date beside
    it: the dates are the stories'. The date above the text is the page's."""
    cards = "".join(f"<article><a href='/{d}'><h3>Another story {d}</h3></a><span>{d} Apr 2025</span></article>"
                    for d in (20, 15, 11))
    html = (f"<html><head><title>Headline</title></head><body><article><h1>Headline</h1>"
            f"<div><time datetime='2025-04-22T08:15:00+08:00'>Tuesday, 22 Apr 2025 8:15 AM MYT</time></div>"
            f"{EN_BODY}</article><h2>You may also like</h2>{cards}</body></html>")
    assert clean(html, site_rules=False).attribution.date == "2025-04-22"
    html = html.replace("<div><time", "<div>23 de abril de 2024</div><div><time")
    assert clean(html, site_rules=False).attribution.date == "2024-04-23"  # a date alone, above the text


def test_the_headline_the_page_shows_beats_the_one_editors_wrote_for_search():
    head = '<meta property="og:title" content="Sweden drops Assange rape investigation">'
    html = (f"<html><head>{head}<title>Sweden drops Assange rape investigation - News</title></head><body>"
            f"<h1>Julian Assange: Sweden drops rape investigation</h1>{EN_BODY}</body></html>")
    result = clean(html, site_rules=False)
    assert result.attribution.title == "Julian Assange: Sweden drops rape investigation"
    assert "Julian Assange" not in result.body


@pytest.mark.parametrize("title,url,expected", [
    ("Early reviews are here — and they are not great - Digg", "https://digg.com/2019/a",
     "Early reviews are here — and they are not great"),  # the host's name
    ("A new roof in 41 years — and a waiting list of rowers", "https://example.org/a",
     "A new roof in 41 years — and a waiting list of rowers"),  # a subtitle, not a site
])
def test_og_title_that_repeats_the_page_title_loses_the_site_s_name(title, url, expected):
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    html = f"<html><head>{head}</head><body>{EN_BODY}</body></html>"
    assert clean(html, url=url, site_rules=False).attribution.title == expected


@pytest.mark.parametrize("line,date,author", [
    ("This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under Arduino. You can "
     "follow any responses to this entry through the RSS 2.0 feed.", "2015-12-14", None),
    ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner Kleist geschrieben und unter dem Stichwort "
     "Arduino in die Kategorie Elektronik eingeordnet.", "2015-12-14", "Heiner Kleist"),
    ("Dieser Eintrag wurde am Samstag, 3. Dezember 2011 um 12:00 Uhr veröffentlicht und unter Cybercrime "
     "gespeichert. Sie können Kommentare zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.", "2011-12-03", None),
])
def test_a_blog_theme_s_line_under_the_text_dates_it_and_goes(line, date, author):
    html = f"<html><body><h1>Headline</h1>{EN_BODY * 3}<p>{line}</p></body></html>"
    result = clean(html, site_rules=False)
    assert (result.attribution.date, result.attribution.author) == (date, author)
    assert line[:20] not in result.body


@pytest.mark.parametrize("page_title,logo", [("carta.info", "carta.info"), ("Carta", "Carta")])
def test_where_the_page_s_title_names_only_the_site_its_headline_is_the_title(page_title, logo):
    html = (f"<html><head><title>{page_title}</title></head><body><h1><a href='/'>{logo}</a></h1><ul><li>"
            "<a href='/a'>Alle Artikel</a></li></ul><h2>Der neue Trend: Muss- statt Wunschkoalition</h2>"
            f"<p>von Klaus-Peter Schöppner, 8.5.12</p>{EN_BODY * 3}</body></html>")
    result = clean(html, url="http://carta.info/der-neue-trend-muss-statt-wunschkoalition/", site_rules=False)
    assert result.attribution.title == "Der neue Trend: Muss- statt Wunschkoalition"
    assert "Wunschkoalition" not in result.body
    cn = cn_page([]).replace("<title>标题_栏目_某网</title>", "<title>某网</title>").replace(
        "<h1>标题</h1>", "<h1><a href='/'>某网</a></h1><h2>基层法院改革的做法和成效</h2><p>作者：李明</p>")
    title = clean(cn, url="https://www.mouwang.cn/a/1.html", site_rules=False).attribution.title
    assert title == "基层法院改革的做法和成效"


def test_a_title_that_ends_with_the_site_s_name_names_more_than_the_site():
    """"The Anglosphere: … | Prospect Magazine" on prospectmagazine.co.uk is the article's title:
    the standfirst above the byline is no headline to take instead."""
    html = ("<html><head><title>The Anglosphere: new enthusiasm for an old dream | Prospect Magazine</title></head>"
            "<body><h2>Having cut Britain adrift of Europe, Brexiters are indulging in an old fantasy</h2>"
            f"<p>by Duncan Bell / January 19, 2017</p>{EN_BODY * 3}</body></html>")
    result = clean(html, url="http://www.prospectmagazine.co.uk/magazine/anglosphere", site_rules=False)
    assert result.attribution.title == "The Anglosphere: new enthusiasm for an old dream"


def test_the_h1_the_title_tag_repeats_is_the_title_though_og_title_cuts_it_short():
    """og:title "… For Body-Shaming" under an <h1> and a <title> that both say "… For Body-Shaming
    Her": the last word is no label beside the title ("Title Exclusive")."""
    title = "People Are Calling Out This Edited Picture Of Demi Lovato For Body-Shaming Her"
    head = f'<meta property="og:title" content="{title[:-4]}"><title>{title}</title>'
    html = f"<html><head>{head}</head><body><h1>{title}</h1>{EN_BODY * 3}</body></html>"
    assert clean(html, site_rules=False).attribution.title == title


def test_a_blog_s_name_in_its_h1_is_not_the_entry_s_title():
    html = ("<html><head><title>September 2018 open thread | The GiveWell Blog</title></head><body>"
            f"<header><h1>The GiveWell Blog</h1></header><article><h2>September 2018 open thread</h2>{EN_BODY}"
            "</article></body></html>")
    a = clean(html, site_rules=False).attribution
    assert (a.title, a.site) == ("September 2018 open thread", "The GiveWell Blog")


def test_a_korean_board_s_name_after_the_post_s_title_goes():
    html = ("<html><head><title>골목 사랑방 된 교회 식당 &gt; 언론보도 | 예담교회</title></head><body>"
            f"<h1>골목 사랑방 된 교회 식당 &gt; 언론보도</h1>{BODY}</body></html>")
    assert clean(html, site_rules=False).attribution.title == "골목 사랑방 된 교회 식당"


@pytest.mark.parametrize("page_title,title", [
    ("Harbour Notes: The ferry keeps running", "The ferry keeps running"),  # a blog's name before the entry's
    ("Harbour Notes Weekly roundup", "Harbour Notes Weekly roundup"),  # no separator: one title
])
def test_a_banner_s_name_before_the_title_goes(page_title, title):
    html = (f"<html><head><title>{page_title}</title></head><body><h1><a href='/'>Harbour Notes</a></h1>"
            f"<h2>{page_title.split(': ')[-1]}</h2>{EN_BODY}</body></html>")
    assert clean(html, site_rules=False).attribution.title == title


def test_a_title_loses_every_label_before_it():
    html = f"<html><head><title>[转载] 【转帖】百年骑楼修缮完工 - 江城论坛</title></head><body>{BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.title == "百年骑楼修缮完工"


@pytest.mark.parametrize("line,author", [
    ("<p>By signing up you agree to our terms.</p>", None),  # "By" before a word, not a name
    ("<p class='byline'>By Joseph Tsidulko November 19, 2019</p>", "Joseph Tsidulko"),
    ("<p class='byline'>By Tim Childers - Live Science Contributor</p>", "Tim Childers"),
    ("<p>By Ann Lee and Bo Park</p>", "Ann Lee and Bo Park"),  # two writers, as the page writes them
    ("<p>By Ann Lee, Bo Park and Cy Dee, Reuters</p>", "Ann Lee, Bo Park and Cy Dee"),  # or three
    ("<p>By Ann Lee, Bo Park, Cy Dee</p>", "Ann Lee, Bo Park, Cy Dee"),
    ("<p>By Ann Lee, Staff Writer, The Daily Courier</p>", "Ann Lee"),  # a role and a paper are no writers
    ("<p>By Colleen Marsh, Senior Editor, and Tobias Reyes, Contributing Writer</p>", "Colleen Marsh and Tobias Reyes"),
    ("<p>By Ann Lee, Bo Park, CNN</p>", "Ann Lee, Bo Park"),
    ("<p>By <strong>Ann Lee </strong>, <strong>Bo Park</strong>, CNN</p>", "Ann Lee, Bo Park"),  # markup's space
    ("<p>By Ann Lee, Metro Desk</p>", "Ann Lee"),
    ("<p>by Ann Lee, Prairie Voice | Jan 27, 2025 | News, Education</p>", "Ann Lee"),  # commas of other fields
    # a byline that opens with the date or closes the story; desks and organisations name nobody
    ("<p class='byline'>Monday November 18, 2019 7:45 am PST by Joe Rossignol</p>", "Joe Rossignol"),
    ("<p>(Reporting by Will Dunham; Editing by Tom Brown)</p>", "Will Dunham"),  # a wire story's closing credit
    ("<p>(Reporting by Will Dunham in Washington; Editing by Tom Brown)</p>", "Will Dunham"),
    ("<p>(Reporting by Ann Lee in Rotterdam and Bo Park in New York; Editing by Tom Brown)</p>", "Ann Lee and Bo Park"),
    ("<p>(Reporting by Ann Lee, Bo Park, with reporting by Cy Dee; Editing by Tom Brown)</p>", "Ann Lee, Bo Park"),
    ("<p class='byline'>By Staff Reports -</p>", None),
    ("<p class='byline'>Editorial</p>", None),
    ("<p>Автор: Редакция</p>", None),
    ("<p class='byline'>Monday</p>", None),
    ("<div class='byline'><p class='publishedDate'>9:39AM BST 05 Oct 2011</p></div>", None),  # a time and a date
    ("<p class='byline'>2024-05-16 10:35</p>", None),
    ("<p class='byline'>By Haverleigh Arts Council</p>", None),  # an organisation
    ("<p>Von<br>Moritz Bachmann<br>publiziert am 25. September 2018</p>", "Moritz Bachmann"),  # "Von" capitalised
    ("<p>Par Anne-Sophie Guéguen</p>", "Anne-Sophie Guéguen"),
    # elements the page's CSS shows on lines of their own, their text run together
    ("<p>By <a>Jonathan Garber</a><span>FOXBusiness</span></p>", "Jonathan Garber"),
    ("<div class='byline'>By <a>Meg James</a><span>Staff Writer</span></div>", "Meg James"),
    ("<p class='byline'>By <b>J</b>ohn McDonald</p>", "John McDonald"),
    # as sites in other languages and platforms write them
    ("<p>mardi 12 mars 2024, par Élodie Marchais — Temps de lecture : 6 min</p>", "Élodie Marchais"),
    ("<p>（北信あさひ新聞・宮坂由紀）</p>", "宮坂由紀"),
    ("<p>（聞き手・構成：高野美咲／月刊ロジスティクス・ビジョン編集部）</p>", "高野美咲"),
    ("<p>기자명 이하은·박도윤 기자 입력 2024.05.09 17:30</p>", "이하은·박도윤"),
    ("<p>Texto: Sofia Marques Neves</p>", "Sofia Marques Neves"),
    ("<p>di Giulia Rossi | 12 ottobre 2024</p>", "Giulia Rossi"),  # an Italian byline's "di", lower-case
    ("<p><em>Written by:<a href='/people/jm'>Julie Mollins</a></em></p>", "Julie Mollins"),
    ("<p class='byline'><span itemprop='author'><a rel='author' href='/profile/ra'><span itemprop='name'>Richard Adams"
     "</span></a></span> Education editor</p>", "Richard Adams"),  # the role the template sets after the name
    ("<p><strong>Autori:</strong> <a href='/autors/a'>Anna Ūdre</a> <em>(ziņu redaktore)</em></p>", "Anna Ūdre"),
    ("<p>Беседовала Ольга Ренева</p>", "Ольга Ренева"),
    ("<div>Deniz Karakaya<br>28 Kasım 2024<br>Okuma süresi: 5 dk</div>", "Deniz Karakaya"),
    ("<p>Story by Priya Ramaswamy</p>", "Priya Ramaswamy"),  # a news hub's
    ("<p>By <a href='/a/jw'>John Walk</a> -<br>January 10, 2020</p>", "John Walk"),  # a dash before the date
    ("<p>By Tess Bonn - 11/19/19 06:56 AM EST</p>", "Tess Bonn"),
    ("<p><span itemprop='author creator'>Текст: Венера Ерофеева</span> · 24 сентября 2018</p>", "Венера Ерофеева"),
    ("<div><h3 class='sdc-article-author__name'><a href='/author/1'>Tom Gillespie</a></h3><p>News reporter</p></div>",
     "Tom Gillespie"),  # a BEM class
    (f"{EN_BODY}<p>Posted by Marguerite Hale at 08:12 PM in Beekeeping</p>", "Marguerite Hale"),  # a blog's footer
    # the name's own element inside the byline's box, which also holds a label and the writer's section
    ("<ul><li class='byline'><span class='visually-hidden'>Author: Emma Grey Ellis.</span> <span itemprop='author'>"
     "<a href='/author/emma'>Emma Grey Ellis</a></span> <a href='/science'>Science</a></li></ul>", "Emma Grey Ellis"),
    ("<div class='byline'><span itemprop='author'>Julia Carrie Wong</span> and <span itemprop='author'>Sam Levin"
     "</span> in San Francisco</div>", "Julia Carrie Wong and Sam Levin"),  # two names: the box's line
    ("<h4>Get The<br>Magazine</h4>", None),  # a subscription's call, not a name over a paper
    ("<p>MARTA VILLALOBOS | FRÓMISTA</p>", "MARTA VILLALOBOS"),  # a Spanish paper's: the name and the place
    ("<p>J. G. ENCINAS | VALLADOLID</p>", "J. G. ENCINAS"),
    ("<p>SUSCRÍBETE | CONTACTO</p>", None),  # one word: a menu
])
def test_a_byline_names_a_person(line, author):
    html = f"<html><body><h1>Headline</h1>{line}{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == author


@pytest.mark.parametrize("meta,author", [
    ("Jill Disis, CNN Business", "Jill Disis"),  # a news site's author tag: the outlet and its desk after
    ("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"),
    ("Ann Lee, Business Editor", "Ann Lee"),
    ("View all posts by Daniel Lemire", "Daniel Lemire"),  # a WordPress author link's title
    ("Autor/in: Korinna Hennig", "Korinna Hennig"),
    ("Autor john", "john"),
    ("Anja Schmoll-Trautmann am 14. Mai 2014", "Anja Schmoll-Trautmann"),  # the date after the name
    ("Benjamin Fischer und", "Benjamin Fischer"),  # a list cut off after its first name
    ("Eine Analyse von", None),  # the words before a name the template left out
    ("Verein: Historische Wehranlage in Horka e.V.", None),  # an association
    ("Seth Fiegerman2014-01-26 21:32:46 UTC", "Seth Fiegerman"),  # a timestamp run on
    ("Ediciones El País", None),  # the paper's publisher
    ("World’s Editorial Writers", None),  # a desk
    ("Carrow Bend Publishing", None),
])
def test_an_author_tag_s_desk_and_kind_of_piece_are_no_part_of_the_name(meta, author):
    html = f"<html><head><meta name='author' content='{meta}'></head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == author


def test_a_commenter_s_name_far_below_the_article_is_no_byline():
    comment = ("<div class='comment-author vcard' itemprop='author'><cite itemprop='name'>Vatsala Shukla</cite>"
               "</div><p>Great post, thank you!</p>")
    filler = "".join(f"<li><a href='/p/{n}'>Another post {n}</a></li>" for n in range(30))
    html = (f"<html><body><div class='post'><h1>Headline</h1>{EN_BODY * 3}</div><ul class='more'>{filler}</ul>"
            f"<ol class='comments'><li>{comment}</li></ol></body></html>")
    assert clean(html, site_rules=False).attribution.author is None


@pytest.mark.parametrize("body,review", [
    (EN_BODY * 3, "<p>By Andreas Reuter</p><p>29.12.2014</p><p>Lovely wine, will buy again.</p>"),
    (BODY * 3, "<p>作者：李明</p><p>2024-05-20</p><p>味道很好，下次还买。</p>"),
])
def test_a_reader_s_review_beside_the_text_names_no_author(body, review):
    """schema.org's Review: a shop's customer review under the product's description is the
    customer's; a review that holds the text is the article (a critic's)."""
    reviewed = (f"<div itemprop='review' itemscope itemtype='http://schema.org/Review'>{review}"
                "<meta itemprop='datePublished' content='2014-12-29'></div>")
    html = f"<html><body><h1>Headline</h1><div class='description'>{body}</div>{reviewed}</body></html>"
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.author, attribution.date) == (None, None)  # nor the review's microdata
    critic = f"<html><body><h1>Headline</h1><div itemprop='review'>{review}{body}</div></body></html>"
    assert clean(critic, site_rules=False).attribution.author in ("Andreas Reuter", "李明")


@pytest.mark.parametrize("byline,site,url,author", [
    ("Telegraph Sport", "The Telegraph", "https://www.telegraph.co.uk/tennis/1", None),  # the site's desk
    ("News Nation Bureau", None, "https://www.newsnation.in/news/1", None),  # the host's name begins it
    ("Sky", "Sky News", "https://news.sky.com/story/1", None),  # it begins the site's name
    ("Skye Martin", "Sky News", "https://news.sky.com/story/1", "Skye Martin"),  # word by word: a person
    ("Steve Forbes", "Forbes", "https://www.forbes.com/a/1", "Steve Forbes"),
    ("Maya Lindqvist", "Maya Lindqvist", "https://mayalindqvist.net/a/1", "Maya Lindqvist"),  # a blog's own name
    ("Daniel Lemire", "Daniel Lemire's blog", "https://lemire.me/blog/1", "Daniel Lemire"),  # named after its owner
])
def test_a_byline_that_names_a_desk_of_the_site_names_no_author(byline, site, url, author):
    head = f'<meta property="og:site_name" content="{site}">' if site else ""
    html = f"<html><head>{head}</head><body><h1>Headline</h1><p class='byline'>By {byline}</p>{EN_BODY}</body></html>"
    assert clean(html, url=url, site_rules=False).attribution.author == author



@pytest.mark.parametrize("site,author", [
    ("Gregory Szorc’s Digital Home", "Gregory Szorc"),  # a personal site names its owner
    ("Tom's Hardware", None), ("Women's Health", None),  # one word: a brand
])
def test_a_personal_site_without_a_byline_names_its_owner(site, author):
    html = (f'<html><head><meta property="og:site_name" content="{site}"></head><body><h1>Headline</h1>'
            f"{EN_BODY}</body></html>")
    assert clean(html, site_rules=False).attribution.author == author


@pytest.mark.parametrize("line,source,author", [
    ("<p>By Sandee LaMotte, CNN</p>", "CNN", "Sandee LaMotte"),  # an aggregator's partner story
    ("<p>By Ann Lee, The Boston Globe</p>", "The Boston Globe", "Ann Lee"),
    ("<p>By Stefan Becket, Kathryn Watson, Grace Segers</p>", None,  # a list of names goes on
     "Stefan Becket, Kathryn Watson, Grace Segers"),
    ("<p>By Jordan Ellis, Communications Coordinator</p>", None, "Jordan Ellis"),  # a role is no outlet
    ("<div>Lisa Kaczke and Trevor J. Mitchell<br>Sioux Falls Argus Leader</div>", "Sioux Falls Argus Leader",
     "Lisa Kaczke and Trevor J. Mitchell"),
    ("<div>Jordan Ellis<br>Log Out</div>", None, None),  # an account's menu
    ("<div>Search Example News<br>X</div>", None, None),  # a search box's label over its close button
    ("<div>Jordan Ellis<br>X</div>", None, None),  # one letter is no outlet
])
def test_the_outlet_after_a_byline_s_names_is_the_source(line, source, author):
    html = f"<html><body><h1>Headline</h1>{line}{EN_BODY}</body></html>"
    a = clean(html, url="https://www.msn.com/en-us/news/a/1", site_rules=False).attribution
    assert (a.source, a.author) == (source, author)


@pytest.mark.parametrize("credit,site,url,source", [
    ("Live Science", "livescience.com", "https://www.livescience.com/1.html", None),  # the host's name
    ("Al Jazeera News", "Al Jazeera", "https://www.aljazeera.com/news/1", None),  # the site's name begins it
    ("The Tollan Valley Sentinel", "Tollan County", "https://www.co.tollan.or.us/news/1", "The Tollan Valley Sentinel"),
])
def test_a_source_that_names_the_site_is_no_other_origin(credit, site, url, source):
    head = f'<meta property="og:site_name" content="{site}">'
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}<p>Source: {credit}</p></body></html>"
    assert clean(html, url=url, site_rules=False).attribution.source == source


def test_a_wire_story_s_closing_credit_in_french_names_its_writers_and_goes():
    credit = "(Reportage Lucie Marchal et Thomas Vidal ; édité par Marc Fabre)"
    result = clean(f"<html><body><h1>Titre</h1>{EN_BODY}<p>{credit}</p></body></html>", site_rules=False)
    assert result.attribution.author == "Lucie Marchal et Thomas Vidal" and "Reportage" not in result.body


def test_a_note_under_a_table_in_its_wrapper_is_the_data_s_source():
    table = "<div><table><tr><td>停止件数</td><td>12</td></tr></table></div><p>設備停止件数　出典：ミナト技研調べ</p>"
    html = f"<html><body><h1>見出し</h1>{BODY}{table}{BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.source is None


def test_an_organization_that_json_ld_names_the_author_is_no_author():
    ld = ('{"@type": "NewsArticle", "headline": "Headline", "author": [{"@type": "Organization", "name": "RT"}, '
          '{"@type": "Person", "name": "Ann Lee"}]}')
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body><h1>Headline</h1>{EN_BODY}'
    assert clean(html, site_rules=False).attribution.author == "Ann Lee"
    html = html.replace(', {"@type": "Person", "name": "Ann Lee"}', "")
    assert clean(html, site_rules=False).attribution.author is None


def test_an_agency_s_byline_leaves_the_writers_to_a_later_line():
    html = ("<html><body><h1>Headline</h1><p class='byline'>By REUTERS</p>"
            f"{EN_BODY}<p>(Reporting by Willem de Haan; Editing by Tom Brown)</p></body></html>")
    a = clean(html, site_rules=False).attribution
    assert (a.source, a.author) == ("REUTERS", "Willem de Haan")


@pytest.mark.parametrize("note,source", [
    ("O artigo abaixo saiu no jornal Correio Serrano, na coluna Opinião, na edição de terça-feira (9).",
     "Correio Serrano"),
    ("Esta columna apareció en el diario El Heraldo del Valle el 3 de marzo.", "El Heraldo del Valle"),
    ("This column by our chair, Priya Raval, was first published in the Lindsey Echo on Thursday 6 February 2025.",
     "Lindsey Echo"),
    ("Merci à Xavier Dumoulin pour cet article, paru dans le Courrier du Val d'Argence du jeudi 6 juin.",
     "Courrier du Val d'Argence"),
    ("This essay first appeared in English on 5 May, and in German a week later.", None),  # a language, no paper
    ("От редакции сайта: материал опубликован в газете «Заречные епархиальные ведомости», № 5, март 2025 года.",
     "Заречные епархиальные ведомости"),
])
def test_a_reprint_note_names_the_paper_that_ran_it_first(note, source):
    html = f"<html><body><h1>Título</h1><p><em>{note}</em></p>{EN_BODY}</body></html>"
    result = clean(html, site_rules=False)
    assert result.attribution.source == source and (source is None) == (note[:20] in result.body)


@pytest.mark.parametrize("site,source", [("예담교회", "한빛복음신문"), ("한빛복음신문", None)])
def test_a_korean_paper_s_closing_notice_names_it_in_a_repost(site, source):
    notice = "<p>&lt;저작권자 © 한빛복음신문 무단전재 및 재배포금지&gt;</p>"
    body = "<p>" + "지난 7일 교회에서 자원봉사자들이 점심을 배식하고 있다. 올해로 다섯 해째다. " * 4 + "</p>"
    html = (f'<html><head><meta property="og:site_name" content="{site}"></head><body><h1>천원 밥상</h1>{body}'
            f"{notice}</body></html>")
    assert clean(html, site_rules=False).attribution.source == source  # the paper's own page names itself


def test_an_editor_s_note_that_names_the_paper_reprinted():
    note = "<p>（編按：本文轉載自《港聞晨報》「城市筆記」專欄，2024年9月28日。）</p>"
    html = f"<html><body><h1>标题</h1>{note}{BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.source == "港聞晨報"


def test_a_company_s_own_name_as_its_source_is_no_other_origin():
    head = '<meta property="og:site_name" content="星衡智能装备股份有限公司">'
    html = f"<html><head>{head}</head><body><h1>标题</h1>{BODY}<p>来源：星衡智能</p></body></html>"
    assert clean(html, site_rules=False).attribution.source is None


def test_a_board_s_thread_type_is_no_part_of_the_title():
    html = f"<html><head><title>[新聞] 南屯溪畔自行車道年底完工 - 中台灣生活網</title></head><body>{BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.title == "南屯溪畔自行車道年底完工"


@pytest.mark.parametrize("byline,source,author", [
    ("By Reuters", "Reuters", None),  # a wire story: the agency is its source, not its author
    ("By The Associated Press", "The Associated Press", None),
    ("By Ruth Calloway", None, "Ruth Calloway"),
])
def test_an_agency_byline_is_the_source(byline, source, author):
    html = f"<html><body><h1>Headline</h1><p class='byline'>{byline}</p>{EN_BODY}</body></html>"
    a = clean(html, site_rules=False).attribution
    assert (a.source, a.author) == (source, author)


@pytest.mark.parametrize("line,source", [
    ("Syndicated Feb 3, 2026 · Originally posted Jan 27, 2026 on Null Pointer Notes · 7 min", "Null Pointer Notes"),
    ("di Giulia Ranieri | 3 Feb 2025 | Pubblicato originariamente su giuliaranieri.dev il 22 gennaio 2025 | 6 min",
     "giuliaranieri.dev"),
    ("This interview appeared in the February 2026 issue of Port Technology Monthly and has been shortened.",
     "Port Technology Monthly"),
    ("本文刊发于2024年11月6日《光华教育报》第3版“高教周刊”，采写：本报记者 金禾。", "光华教育报"),
    ("<table><tr><th>資料來源</th><td>東岸時報</td></tr><tr><th>作者</th><td>林佩蓉</td></tr></table>", "東岸時報"),
    ("共同通信の記事の無断転載は禁止されています。掲載記事の著作権は一般社団法人共同通信社に帰属します。",
     "一般社団法人共同通信社"),  # a Japanese portal's notice on an agency's copy
])
def test_an_info_line_or_a_closing_note_names_the_original(line, source):
    html = f"<html><body><h1>Headline</h1><p>{line}</p>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.source == source


@pytest.mark.parametrize("closing,source,author,original_url", [
    ("Home Thrift <a href='https://thrift.example/energy/12-ways'>ran this guide</a> on 28 October 2025; we share it "
     "here with permission.", "Home Thrift", None, "https://thrift.example/energy/12-ways"),
    ("<em>Richard Holloway wrote this tribute to his mother for the Fenland Courier's <a href='https://courier.example"
     "/lives/peg'>Lives column</a> (21 February 2025).</em>", "Fenland Courier", "Richard Holloway",
     "https://courier.example/lives/peg"),
])
def test_a_credit_sentence_names_the_paper_and_links_the_original_on_any_words(closing, source, author, original_url):
    html = f"<html><body><h1>Headline</h1>{EN_BODY}<p>{closing}</p></body></html>"
    a = clean(html, site_rules=False).attribution
    assert (a.source, a.author, a.original_url) == (source, author, original_url)


@pytest.mark.parametrize("line,field,value", [
    ("Quelle: Amtsblatt des Landkreises Schwarzachtal Nr. 27 vom 4. Juli 2025", "source",
     "Amtsblatt des Landkreises Schwarzachtal"),  # the issue, cut at its dot
    ("Source : Valdor Bois – diffusé le 17/03/2025", "source", "Valdor Bois"),
    ("Автор текста: Людмила Гаврилова, ветеран педагогического труда", "author", "Людмила Гаврилова"),
    ("Par La rédaction", "author", None),  # a desk
    ("发布企业：恒越传感 编辑：王敏", "source", "恒越传感"),  # a trade portal's issuer of a press release
])
def test_credit_lines_as_round_31_s_sites_write_them(line, field, value):
    html = f"<html><body><h1>Headline</h1><p>{line}</p>{EN_BODY}</body></html>"
    assert getattr(clean(html, site_rules=False).attribution, field) == value


@pytest.mark.parametrize("line,author", [
    ("By Áine Mulrooney", "Áine Mulrooney"),  # a capital beyond ASCII
    ("Posted 14 February 2024 by Hamish Tane", "Hamish Tane"),
    ("Published on March 3, 2025 by Ann Lee | News", "Ann Lee"),
    ("Quelle: Oberland-Kurier, 17.03.2025 – Text: Markus Brendel", "Markus Brendel"),
    ("Dit artikel verscheen eerder in Akkerland (april 2025). Tekst: Marieke Hofstede. Overgenomen met toestemming.",
     "Marieke Hofstede"),
    ("Fonte: Eco di Valsorda – testo di Chiara Benvenuti, 14 marzo 2025", "Chiara Benvenuti"),
    ("Words: Mick Tranter. This report first appeared in the Yarrawin Advocate.", "Mick Tranter"),
    ("This article by Dr Ruth Alcott first appeared in the Spring 2024 issue of Fenland Heritage Quarterly.",
     "Ruth Alcott"),
    ("Cet article de Claire Ducasse-Morel a d'abord paru dans le magazine Terroirs & Saveurs.", "Claire Ducasse-Morel"),
    ("Por Alejandra Ruiz Cervantes | 7 de mayo de 2025", "Alejandra Ruiz Cervantes"),
    ("김서연 기자 sykim@healthondaily.example.kr", "김서연"),
    ("Written by Priya Raman", "Priya Raman"),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Louis Jacobson"),
    ("Lisa Kaczke and Trevor J. Mitchell<br>Sioux Falls Argus Leader", "Lisa Kaczke and Trevor J. Mitchell"),
    ("Tom Davies<br>Associated Press", "Tom Davies"),
    ("Meet the Team<br>Staff Writers", None),  # a role under them: no names over a paper
    ("This feature first appeared in The Border Herald. Words and photographs by Gareth Penrose.", "Gareth Penrose"),
    ("Interview by Lena Fischer. This interview appeared in Port Technology Monthly.", "Lena Fischer"),
    ("Reported by: Ananya Raghavan", "Ananya Raghavan"),
    ("Text: The Commission's decision of 4 March", None),  # a label in the text, not a writer's
    # the writer after a role or a label
    ("<strong>Editor’s note:</strong> This article by Courier sports reporter Gemma Threlfall appeared in the "
     "<em>Calder Valley Courier</em> on 11 April 2025.", "Gemma Threlfall"),
    ("<em>Editor’s note: The following article by Dana Whitcomb appeared in the Kettle River Courier.</em>",
     "Dana Whitcomb"),
    ("This column by our Chief Executive, <strong>Priya Raval</strong>, was first published in the Lindsey Echo.",
     "Priya Raval"),
    # who wrote it, not who posted it or asked
    ("本文刊发于2024年11月6日《光华教育报》，采写：本报记者 金禾。", "金禾"),
    ("记者：您一直强调让本科生“做真项目”，为什么？", None),  # an interview's question, not a byline
    ("来源：南屿晚报 记者 梁书航", "梁书航"),  # the reporter after the paper
    ("（原载2025年3月11日《榆陵日报》第2版 记者 邵一帆 原标题：《刷刷脸就到账》）", "邵一帆"),  # in a reprint line
    ("Das Gespräch führte Jonas Wettstein. Wir dokumentieren es mit freundlicher Genehmigung.", "Jonas Wettstein"),
    ("<span class='byline'>Eingestellt von Redaktion GTV Oberlahn</span>", None),  # the account that posted it
    ("<span class='byline'>Dr Meredith Kaine, Principal Hydrologist, Murrumbidgee Water Research Centre</span>",
     "Dr Meredith Kaine"),
])
def test_bylines_and_credits_that_name_the_writer(line, author):
    html = f"<html><body><h1>Headline</h1><p>{line}</p>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == author


@pytest.mark.parametrize("line,source", [
    ("By Lerato Mokoena | Source: The Cape Trader | 21 August 2024", "The Cape Trader"),
    ("News features on this website are reproduced from The Shannon Lantern with the kind permission of the editor.",
     "The Shannon Lantern"),
    ("Quelle: Waldbacher Bote vom 15.03.2025, Text: Stefanie Kräuter", "Waldbacher Bote"),
    ("Source: Press release issued by the Indian Council for Water Research", "Indian Council for Water Research"),
    ("Source: Sampan blog at https://sampan.example/blog/sampan-3-2-released", "Sampan blog"),
    ("出典：海洋環境総合研究所 プレスリリース", "海洋環境総合研究所"),
    ("Provided by European Space Agency", "European Space Agency"),
    ("Provided by the family", None),
])
def test_a_credit_line_s_source_without_what_follows_its_name(line, source):
    html = f"<html><body><h1>Headline</h1><p>{line}</p>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.source == source


@pytest.mark.parametrize("link,original_url", [
    ("<tr><th>Online</th><td><a href='https://www.lahntal-kurier.example/region/busfahrerin-a-88412.html'>Artikel</a>"
     "</td></tr>", "https://www.lahntal-kurier.example/region/busfahrerin-a-88412.html"),  # an id
    ("<tr><td><a href='https://lahntal-kurier.example/2025/03/07/potaje-de-vigilia/'>mit Erlaubnis</a></td></tr>",
     "https://lahntal-kurier.example/2025/03/07/potaje-de-vigilia/"),
    ("<tr><td><a href='https://www.lahntal-kurier.example/author/hannah-oduya'>Hannah Oduya</a></td></tr>", None),
    ("<tr><td><a href='https://www.lahntal-kurier.example/'>Lahntal-Kurier</a></td></tr>", None),  # no article
    ("<tr><td><a href='https://www.other-paper.example/region/busfahrerin-a-88412.html'>Artikel</a></td></tr>", None),
])
def test_the_original_is_the_article_the_page_links_on_the_source_s_site(link, original_url):
    credit = f"<p>Quelle: Lahntal-Kurier</p><table>{link}</table>"
    html = f"<html><body><h1>Headline</h1>{EN_BODY}{credit}</body></html>"
    attribution = clean(html, url="https://verein.example/news/1", site_rules=False).attribution
    assert (attribution.source, attribution.original_url) == ("Lahntal-Kurier", original_url)


def test_a_link_to_the_site_s_own_page_on_its_source_is_no_original():
    credit = "<p>Provided by <a href='https://phys.example/partners/esa/'>European Space Agency</a></p>"
    html = f"<html><body><h1>Headline</h1>{EN_BODY}{credit}</body></html>"
    attribution = clean(html, url="https://phys.example/news/2019-11-hibernating.html", site_rules=False).attribution
    assert (attribution.source, attribution.original_url) == ("European Space Agency", None)


def test_a_wire_named_where_its_copy_ends_is_the_source():
    last = "<p>The deportees were met at the airport by their families, who had not seen them in years. <b>PTI</b></p>"
    result = clean(f"<html><body><h1>Headline</h1>{EN_BODY}{last}</body></html>", site_rules=False)
    assert result.attribution.source == "PTI"
    assert result.body.rstrip().endswith("in years.")  # the credit leaves the paragraph, in an element of its own
    footer = "<p>© 2019 The Associated Press. All rights reserved.</p>"
    head = "<meta property='og:site_name' content='The Eagle'>"
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}{footer}</body></html>"
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.source, attribution.site) == ("The Associated Press", "The Eagle")


def test_a_byline_naming_the_source_gives_way_to_the_writer_s_credit():
    head = "<meta name='author' content='X'>"
    lines = ("<p>By West African Newswire</p>", "<p>(Reporting by Aminu Lawal; Editing by Chidinma Eze)</p>",
             "<p>Source: West African Newswire</p>")
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{lines[0]}{EN_BODY}{lines[1]}{lines[2]}</body></html>"
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.source, attribution.author) == ("West African Newswire", "Aminu Lawal")


def test_a_byline_above_outranks_the_site_s_written_by_line():
    lines = "<p>Written By Fernwood Cabinetry Co.</p><p>By Delia Marchetti, Kitchen &amp; Bath Trade Monthly</p>"
    html = f"<html><body><h1>Headline</h1>{lines}{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == "Delia Marchetti"


def test_a_table_of_fields_gives_a_label_in_any_cell_and_links_the_original():
    rows = ("<tr><th>Reference</th><td>PSPO/2025/03</td><th>Issued by</th><td>Wexcombe District Council</td></tr>"
            "<tr><th>Original notice</th><td><a href='https://council.example/consultations/pspo'>council.example/"
            "consultations/pspo</a> (opens in a new window)</td></tr>")
    html = f"<html><body><h1>Headline</h1><table>{rows}</table>{EN_BODY}</body></html>"
    a = clean(html, url="https://parish.example/news/pspo", site_rules=False).attribution
    assert (a.source, a.original_url) == ("Wexcombe District Council", "https://council.example/consultations/pspo")
    zh = ("<table><tr><th>有 效 性</th><td>有效</td><th>信息来源</th><td><a href='https://swj.example.cn/art/1.html'>"
          "临溪市商务局</a></td></tr></table>")
    a = clean(cn_page([]).replace("<h1>标题</h1>", "<h1>标题</h1>" + zh), site_rules=False).attribution
    assert (a.source, a.original_url) == ("临溪市商务局", "https://swj.example.cn/art/1.html")


def test_json_ld_names_whose_release_it_is_and_an_organisation_is_no_author():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "新品发布", "sourceOrganization": '
          '{"@type": "Organization", "name": "苏州恒越传感科技股份有限公司"}}</script>')
    a = clean(cn_page([], head=ld + "<meta name='author' content='東浜市'>"), site_rules=False).attribution
    assert (a.source, a.author) == ("苏州恒越传感科技股份有限公司", None)


@pytest.mark.parametrize("lines,iso", [
    (["發佈於：2024年3月5日", "日期：2024年3月16日（星期六）"], "2024-03-05"),  # not the funeral's date in the text
    (["2024.05.21 22:14:36", "最后编辑于 ：2024.05.22 09:03:11"], "2024-05-21"),  # an edit's time is no date
])
def test_the_publication_date_not_an_event_s_or_an_edit_s(lines, iso):
    assert clean(cn_page(lines), site_rules=False).attribution.date == iso


@pytest.mark.parametrize("lines,iso", [
    (["April 8, 2025 at 6:12 p.m. EDT", "Updated April 9, 2025 at 9:40 a.m. EDT"], "2025-04-08"),  # not the update's
    (["Updated April 9, 2025 at 9:40 a.m. EDT"], "2025-04-09"),  # unless the page gives no other
    (["Posted on: 20/01/2025 | Category: Research | Views: 1,284"], "2025-01-20"),
    (["Автор: Геннадий Ковалёв | Добавил: admin | 02.04.2025 | Просмотров: 3417"], "2025-04-02"),
    (["22/04/2025 às 07h30"], "2025-04-22"),
    (["6/12/2024 | 2 Comments"], None),  # June 12 or 6 December: not read from where it stands
])
def test_the_publication_date_not_an_update_s(lines, iso):
    info = "".join(f"<p>{line}</p>" for line in lines)
    html = f"<html><body><h1>Headline</h1>{info}{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.date == iso


@pytest.mark.parametrize("line,field,value", [
    ("A version of this column ran in last Thursday’s Lakeview Ledger. Carol Brandt served on the committee.",
     "source", "Lakeview Ledger"),
    ("Text by Gareth Milne, from HouseQ, licensed under CC BY-SA 4.0.", "source", "HouseQ"),
    ("Questa prova è nata su Tazzina Tecnica, il blog di Giulia Marchetti, dove è uscita il 4 febbraio 2025.",
     "source", "Tazzina Tecnica"),
    ("Publicado el 14/03/2025 | Vía Cocina de Temporada | 6 min", "source", "Cocina de Temporada"),
    ("Via SyndiGate.info", "source", None),  # a distributor, not the paper
    ("<em>Our thanks to the Wexcombe Chronicle for letting us use Dan’s report.</em>", "source", "Wexcombe Chronicle"),
    ("<em>Esta receta se publicó el 7 de marzo de 2025 en Cocina de Temporada, la revista digital.</em>",
     "source", "Cocina de Temporada"),
    ("Posted by Club Secretary on 15/02/2026 | Words: Dan Pryce, Wexcombe Chronicle | Category: First Team",
     "source", "Wexcombe Chronicle"),
    ("Posted by Club Secretary on 15/02/2026 | Words: Dan Pryce, Wexcombe Chronicle | Category: First Team",
     "author", "Dan Pryce"),
    ("出處: 데브물음표 · 질문 slowcoder, 답변 hyunwoo_p · CC BY-SA 4.0", "source", "데브물음표"),
    ("<em>di Giulia Marchetti</em>", "author", "Giulia Marchetti"),
])
def test_credit_lines_as_round_32_s_sites_write_them(line, field, value):
    html = f"<html><body><h1>Headline</h1><p>{line}</p>{EN_BODY}</body></html>"
    assert getattr(clean(html, site_rules=False).attribution, field) == value


def test_a_licence_link_is_no_original_and_a_link_holding_the_words_is():
    credit = ("<p>Text by Gareth Milne, from HouseQ, licensed under <a rel='license' href='https://creativecommons.org/"
              "licenses/by-sa/4.0/'>CC BY-SA 4.0</a>. <a href='https://houseq.example/q/18834'>See the original "
              "question and all 4 answers</a>.</p>")
    a = clean(f"<html><body><h1>Headline</h1>{EN_BODY}{credit}</body></html>", site_rules=False).attribution
    assert a.original_url == "https://houseq.example/q/18834"


@pytest.mark.parametrize("html_part,field,value", [
    ("<p><em>編按：本文經作者授權轉載自<a href='https://azhe.example/p.html'>〈阿哲的數位筆記〉</a>，"
     "原文發表於 2024 年 8 月 2 日。</em></p>", "source", "阿哲的數位筆記"),
    ("<p>作者：林间小径<br>链接：https://www.zhifou.example/question/1/answer/2<br>来源：知否问答</p>", "original_url",
     "https://www.zhifou.example/question/1/answer/2"),
    ("<table><tr><td>İlk yayımlandığı yer</td><td>Yeni Liman Gazetesi</td></tr><tr><td>Bağlantı</td><td><a href="
     "'https://yl.example/yazi/1'>Yazının aslı »</a></td></tr></table>", "original_url", "https://yl.example/yazi/1"),
    ("<dl><dt>Recipe by</dt><dd>Hannah Oduya</dd></dl>", "author", "Hannah Oduya"),
    ("<dl><dt>Serves</dt><dd>8</dd><dt>Source</dt><dd>The Tarrow Post</dd></dl>", "source", "The Tarrow Post"),
    ("<dl><dd>2018/6/19 5:50</dd><dt>情報元</dt><dd>北湊新聞</dd></dl>", "source", "北湊新聞"),  # "source of the news"
])
def test_credit_boxes_as_round_32_s_sites_write_them(html_part, field, value):
    html = f"<html><body><h1>标题</h1>{html_part}{BODY}</body></html>"
    assert getattr(clean(html, site_rules=False).attribution, field) == value


@pytest.mark.parametrize("provider, source", [("The Prairie Sentinel", "The Prairie Sentinel"), ("Daily Digest", None)])
def test_an_aggregator_s_json_ld_names_its_provider_the_source(provider, source):
    """Aggregators (Yahoo News's pages) name the outlet a story comes from as its `provider`; a
    site naming itself so is no origin."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Headline", "provider": '
          f'{{"@type": "Organization", "name": "{provider}"}}}}</script>'
          '<meta property="og:site_name" content="Daily Digest">')
    assert clean(en_page("", head=ld), url="https://news.digest.example/a-1.html").attribution.source == source


def test_a_recipe_s_json_ld_gives_its_author():
    ld = ('<script type="application/ld+json">{"@type": "Recipe", "name": "红烧排骨", '
          '"author": {"@type": "Person", "name": "蔡小满"}}</script>')
    assert clean(cn_page([], head=ld), site_rules=False).attribution.author == "蔡小满"


JA_PARAGRAPH = "研究グループは、北湊湾沿岸で10年間にわたり蓄積された空撮画像を解析し、藻場の面積の変化を明らかにした。"


@pytest.mark.parametrize("paper,author", [
    (["論文情報", "論文名：Decadal recovery of kelp beds", "著者：Misaki Saeki, Koichi Tanabe",
      "掲載誌：Coastal Dynamics", "DOI：10.5555/ced.2025.0418"], None),
    (["论文信息", "论文标题：Kelp beds in a temperate bay", "作者：张明、李华", "发表期刊：Coastal Dynamics"], None),
    (["Paper: Decadal recovery of kelp beds", "Author: M. Saeki", "Journal: Coastal Dynamics"], None),
    (["著者：佐伯美咲"], "佐伯美咲"),  # no paper beside it: the article's writer
])
def test_a_paper_s_authors_under_a_research_article_are_not_its_writer(paper, author):
    text = "\n".join(["研究成果", "2025年06月10日", "沿岸の藻場が10年で約1.4倍に回復", *[JA_PARAGRAPH] * 3, *paper])
    flat = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + "</body></html>"
    for result in (clean(text.encode(), site_rules=False), clean(flat, site_rules=False)):
        assert result.attribution.author == author
        if author is None:
            assert paper[-2] in result.body  # the reference stays whole, scraped or saved without its boxes


def test_an_info_line_above_the_text_beside_its_doi_is_the_article_s():
    lines = ["Decadal recovery of kelp beds", "Author: Misaki Saeki", "DOI: 10.5555/ced.2025.0418", *[EN_PARAGRAPH] * 3]
    assert clean("\n".join(lines).encode(), site_rules=False).attribution.author == "Misaki Saeki"


@pytest.mark.parametrize("note,source", [
    ("本記事は、東雲大学が2025年1月28日に発表したプレスリリースを、同大学広報室の許可を得て転載した。", "東雲大学"),
    ("※本記事は、海洋環境総合研究所が発表したプレスリリースを転載したものです。", "海洋環境総合研究所"),
])
def test_a_japanese_reprint_note_names_who_released_it_not_the_same_one_s_office(note, source):
    text = "\n".join(["研究成果", "2025年06月10日", "沿岸の藻場が10年で約1.4倍に回復", *[JA_PARAGRAPH] * 3, note])
    assert clean(text.encode(), site_rules=False).attribution.source == source


@pytest.mark.parametrize("above,title", [
    # a trail and a section above the date: the title follows it
    (["ホーム ＞ ニュース ＞ 研究成果", "研究成果"], "沿岸の藻場が10年で約1.4倍に回復"),
    (["沿岸の藻場が10年で約1.4倍に回復"], "沿岸の藻場が10年で約1.4倍に回復"),
    (["研究成果"], "研究成果"),  # nothing longer either side
    # the site's menu of short lines above: a chrome line among them brings none of them nearer
    (["企業・研究者の方", "English", "検索", "メニュー", "ホーム ＞ ニュース ＞ 研究成果", "研究成果"],
     "沿岸の藻場が10年で約1.4倍に回復"),
])
def test_scraped_text_s_title_above_its_date_else_below_it(above, title):
    below = [] if title in above else [title]
    menu = "大学案内 | 学部・大学院 | 研究 | 入試情報 | 学生生活 | ニュース"
    lines = [menu, *above, "2025年06月10日", *below, "この記事をシェア", *[JA_PARAGRAPH] * 3]
    result = clean("\n".join(lines).encode(), site_rules=False)
    assert result.attribution.title == title
    assert menu not in result.body


def test_a_title_ending_in_the_page_s_tags_names_no_site():
    """A platform's <title> ends with the post's tags, which its keywords list: no site's name;
    a site's name alone after the title stays one, though the keywords list it too."""
    def site(title, keywords):
        head = f'<meta name="keywords" content="{keywords}"><title>{title}</title>'
        page = f"<html><head>{head}</head><body><h1>普高招生计划增加</h1>{BODY}</body></html>"
        return clean(page, url="https://www.souhe.com/a/789456123_121098765", site_rules=False).attribution.site

    assert site("普高招生计划增加_学校_招生_名额", "学校,招生,名额,中考") is None
    assert site("普高招生计划增加_沅城教育网", "沅城教育网,招生,中考") == "沅城教育网"


@pytest.mark.parametrize("head, body, author", [
    # the writer's card holds their badges beside their name; its microdata names them
    ("", '<div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person">'
         '<meta itemprop="name" content="沈青梧"><span class="AuthorInfo-name"><a href="/people/sqw">沈青梧</a></span>'
         '<div class="AuthorInfo-badge">语言学博士｜方言调查者</div></div>', "沈青梧"),
    # a portal's <meta name="author"> is its own name, one word as a Chinese name is
    ('<meta name="author" content="云易"><meta property="og:site_name" content="云易">', "", None),
])
def test_a_writer_s_card_and_a_portal_s_own_name(head, body, author):
    page = cn_page([], head).replace("<h1>标题</h1>", f"<h1>标题</h1>{body}")
    assert clean(page, site_rules=False).attribution.author == author


def test_an_address_in_full_width_brackets_ends_at_them():
    line = "（本文經《東岸時報》同意轉載，原文網址：https://www.eastcoasttimes.example/news/38817）"
    result = clean(cn_page([]).replace("</body>", f"<p>{line}</p></body>"), site_rules=False)
    assert result.attribution.original_url == "https://www.eastcoasttimes.example/news/38817"


def test_a_platform_s_own_source_line_gives_way_to_the_original_s_under_the_text():
    """A platform's header says 来源：its own name over an account's post; the post's credit under
    the text names the paper. Both lines go."""
    head = '<meta property="og:site_name" content="潮涌新闻">'
    page = cn_page(["来源：潮涌新闻·潮涌号·政务"], head).replace(
        "</body>", "<p>来源：江海法治报（记者 唐沐 通讯员 澄司宣）</p></body>")
    result = clean(page, url="https://www.chaoyong.cn/newsDetail_forward_27561234", site_rules=False)
    assert (result.attribution.source, result.attribution.site) == ("江海法治报", "潮涌新闻")
    assert "来源" not in result.body and "唐沐" not in result.body


def test_scraped_text_s_title_is_over_the_credits_right_above_its_text():
    """A blogger's note and the repost's credit stand above the headline, the reporter's line
    under it, then the text: the title is over the credits nearest the text; and a paragraph
    closing on a quote in corner brackets (「…！」) ends a sentence."""
    title = "老雜貨店變身社區書屋　豐谷村阿嬤的「第二人生」"
    lines = ["首頁", "生活", "阿蔡的慢活日記", "人氣(1,206)",
             "前兩天在報紙上讀到這篇，覺得很溫暖，徵得記者同意轉貼在這裡，也推薦大家去走走。",
             "以下全文轉載自《東岸時報》2024年5月18日地方版", title, "記者邱郁婷／臺東報導",
             "走進臺東縣豐谷村的「阿滿柑仔店」，店主林阿滿笑著說：「以前賣東西給人吃，現在換成講故事給人聽，不用錢的啦！」",
             "這間柑仔店開了將近五十年，是村裡許多人的童年回憶，三年前林阿滿一度打算收起來。",
             "轉機來自村裡的返鄉青年，他找上林阿滿商量：「店可以不賣東西，但不要關門。」",
             "書屋每週開放五天，由林阿滿和幾位志工輪流顧店，放學後孩子會來寫功課、聽故事。"]
    result = clean("\n".join(lines).encode(), site_rules=False)
    assert (result.attribution.title, result.attribution.source) == (" ".join(title.split()), "東岸時報")
    assert result.body.startswith("走進臺東縣")


PARAGRAPHS_ZH_TW = ["台灣即將在明年邁入超高齡社會，如何守住長輩的退休金，成為不少家庭關心的課題，銀行業者也積極布局。",
                    "嘉禾銀行統計，今年前八月新增安養信託契約年增逾四成，委託人平均年齡七十二歲，多由子女陪同辦理。",
                    "業者指出，安養信託可以專款專用，避免長輩遭到詐騙，也能依照需求定期撥付生活費與醫療費用。"]


@pytest.mark.parametrize("lines, title", [
    # a summary in a sentence stands between the credits and the reporter's line: the headline tops the credits
    (["首頁 > 新聞中心 > 媒體報導", "超高齡社會將至 安養信託年增逾四成", "發布日期：2024/09/12",
      "資料來源：經貿日報（2024/09/11）", "分享：Facebook LINE 複製連結",
      "【摘要】面對高齡化與詐騙風險，安養信託成為銀行布局重點，今年前8月新增契約年增逾四成。", "記者林怡君／台北報導"],
     "超高齡社會將至 安養信託年增逾四成"),
    # a hospital's notice in a sentence over the info line; the title follows it
    (["科普文章", "医院公告：端午节（6月10日）门诊安排：上午正常开诊，下午停诊，急诊24小时开放。",
      "当前位置：首页 > 健康科普 > 科普文章", "发布时间：2024-05-28 09:30　来源：康民健康报　作者：何静怡",
      "慢阻肺不只是老慢支：出现这三个信号要警惕"],
     "慢阻肺不只是老慢支：出现这三个信号要警惕"),
])
def test_a_line_ending_in_a_full_stop_by_the_credits_is_no_title(lines, title):
    result = clean("\n".join([*lines, *PARAGRAPHS_ZH_TW]).encode(), site_rules=False)
    assert result.attribution.title == title


@pytest.mark.parametrize("url", [
    "https://ledger.example.com/news/state/montana-plans-to-move-bighorn-sheep/article_8d2f41c6.html",
    "https://ledger.example.com/2024/11/06/bighorn-sheep-sawtell-range-herd/",
])
def test_scraped_text_s_title_is_the_line_its_address_spells_out(url):
    """The line a slug's words come from is the title, wherever the credits are: not the byline
    or the writer's name under it, nor a line that adds the site's name, nor the original's
    address that holds the same slug."""
    title = "Montana plans to move 60 bighorn sheep to revive dwindling Sawtell Range herd"
    story = ("State wildlife officials will capture 60 bighorn sheep this winter and release them in the "
             "Sawtell Range, where the herd has dwindled to a few dozen animals.")
    lines = [f"{title} | Pinebrook Ledger", "News", "State", title, "By TOM HADLEY Continental News Service",
             "Nov 6, 2024", "Facebook", *[story] * 3, f"Originally published at {url}"]
    result = clean("\n".join(lines).encode(), url=url, site_rules=False)
    assert result.attribution.title == title
    assert title not in result.body


@pytest.mark.parametrize("head", [
    # article:author is a profile's address: the name is in the JSON-LD
    '<meta property="article:author" content="https://www.example.com/people/meg-james">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Meg James"}}'
    '</script>',
    # Yoast's graph names the author by an "@id" that another item of the graph gives
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Article", "author": '
    '{"@id": "https://example.com/#/schema/person/1"}}, {"@type": "Person", "@id": "https://example.com/#/schema/person/1",'
    ' "name": "Meg James"}]}</script>',
    # older Yoast: the WebPage names the author (there is no Article)
    '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": "WebPage", '
    '"author": {"@id": "#p2"}}, {"@type": ["Person"], "@id": "#p2", "name": "Meg James"}]}</script>',
    # a line break inside a string, as many sites write their JSON-LD
    '<script type="application/ld+json">{"@type": "NewsArticle", "description": "One line\nand another", '
    '"author": "Meg James"}</script>',
])
def test_the_author_from_json_ld_where_metadata_gives_no_name(head):
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == "Meg James"


@pytest.mark.parametrize("meta,author", [
    ("Ann Lee and Bo Park, CNN", "Ann Lee and Bo Park"),  # the site they write for is no writer
    ("Ann Lee, Bo Park", "Ann Lee, Bo Park"),
    ("Lee, Ann", "Lee, Ann"),  # a name written surname first
])
def test_the_meta_author_without_the_site_s_name(meta, author):
    head = f'<meta property="og:site_name" content="CNN"><meta name="author" content="{meta}">'
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, url="https://edition.cnn.com/2024/a.html", site_rules=False).attribution.author == author


def test_a_meta_tag_escaped_twice_reads_as_its_text():
    html = ('<html><head><meta name="author" content="Lindsey O&amp;#039;Donnell">'
            '<meta property="og:title" content="Tom &amp;amp; Jerry"></head>'
            f"<body>{EN_BODY}</body></html>")
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.author, attribution.title) == ("Lindsey O'Donnell", "Tom & Jerry")


def test_a_meta_author_that_gives_the_site_s_own_address_is_no_writer():
    html = ('<html><head><meta name="author" content="Deutsche Welle (www.dw.com)"></head>'
            f"<body><h1>Headline</h1>{EN_BODY}</body></html>")
    assert clean(html, url="https://www.dw.com/en/a/a-52060881", site_rules=False).attribution.author is None
    assert clean(html, url="https://news.example.org/a.html", site_rules=False).attribution.author == "Deutsche Welle"


def test_the_article_s_json_ld_names_its_writers_over_the_meta_author():
    """<meta name="author"> may name whoever posted the page (a producer, the CMS user); the
    article's JSON-LD lists the writers its byline shows."""
    head = ('<meta name="author" content="Douglas Wood"><script type="application/ld+json">{"@type": "NewsArticle", '
            '"author": [{"@type": "Person", "name": "Jeremy Herb"}, {"@type": "Person", "name": "Kara Scannell"}]}'
            '</script>')
    html = f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.author == "Jeremy Herb, Kara Scannell"


@pytest.mark.parametrize("publisher,site,source", [
    ("Associated Press", "Connecticut Post", "Associated Press"),  # the wire's copy on a paper's site
    ("Hearst Newspapers", "Connecticut Post", None),  # a parent company is no origin
    ("Associated Press", "Associated Press", None),  # the wire's own site
])
def test_a_news_agency_as_the_article_s_publisher_is_its_source(publisher, site, source):
    head = (f'<meta property="og:site_name" content="{site}"><script type="application/ld+json">'
            f'{{"@type": "NewsArticle", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>')
    attribution = clean(f"<html><head>{head}</head><body><h1>Headline</h1>{EN_BODY}</body></html>",
                        site_rules=False).attribution
    assert (attribution.source, attribution.site) == (source, site)


@pytest.mark.parametrize("publisher,title,site", [
    ("Wikimedia Foundation, Inc.", "Tool library - Wikipedia", "Wikipedia"),  # the company; the <title> names the host
    ("Allied Care & Support Workers' Union", "Pay - ACSWU", "Allied Care & Support Workers' Union"),  # initials
    ("Harbour Press Group", "Pay talks - Local Desk", "Harbour Press Group"),  # a suffix naming no host
])
def test_the_title_s_site_over_a_publisher_that_names_no_host(publisher, title, site):
    host = {"Wikipedia": "en.wikipedia.org"}.get(title.split(" - ")[1], "www.acswu.org.uk")
    head = (f'<title>{title}</title><script type="application/ld+json">{{"@type": "Article", '
            f'"publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>')
    attribution = clean(f"<html><head>{head}</head><body><h1>{title.split(' - ')[0]}</h1>{EN_BODY}</body></html>",
                        url=f"https://{host}/wiki/a", site_rules=False).attribution
    assert attribution.site == site


KO_BODY = "<p>" + "주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다. 이번 주도 맞붙었다. " * 3 + "</p>"


@pytest.mark.parametrize("lead,author,source", [
    ("[서울=뉴시스]홍길동 기자 = 정부가 내년 예산안을 발표했다.", "홍길동", "뉴시스"),  # the agency and its reporter
    ("[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 9시 막장극이 붙는다.", "박생강", None),  # a column's writer
    ("[서울=뉴시스] 정부가 내년 예산안을 발표했다.", None, None),
])
def test_a_korean_lead_s_dateline_names_its_reporter_and_agency(lead, author, source):
    result = clean(f"<html><body><h1>제목</h1><p>{lead}</p>{KO_BODY}</body></html>", site_rules=False)
    assert (result.attribution.author, result.attribution.source) == (author, source)
    assert lead.split("]")[1].strip() in result.body  # the lead stays


def test_the_info_line_under_the_title_when_a_captioned_picture_stands_above_it():
    figure = ("<table><tr><td><img src='/a.jpg' alt='SLS core stage'><div class='info2'>The core stage of the first "
              "SLS after the installation of its four engines. (credit: NASA)</div></td></tr></table>")
    html = (f"<html><body>{figure}<h1>Seeking a bigger role for a big rocket</h1><h3 class='byline'>by Jeff Foust<br>"
            f"<span class='datetime'>Monday, November 18, 2019</span></h3>{EN_BODY}</body></html>")
    attribution = clean(html, site_rules=False).attribution
    assert (attribution.author, attribution.date) == ("Jeff Foust", "2019-11-18")


@pytest.mark.parametrize("url,date", [
    ("https://www.pv-magazine.example/2019/11/20/south-koreas-roadmap/", "2019-11-20"),
    ("https://news.example/2024-06-12/story.html", "2024-06-12"),
    ("https://news.example/2019/11/story-2024-13-45", None),  # no whole date
])
def test_the_date_the_page_s_address_gives_where_nothing_else_does(url, date):
    html = f"<html><body><h1>Headline</h1>{EN_BODY}</body></html>"
    assert clean(html, url=url, site_rules=False).attribution.date == date
    lines = "<p>Published: March 3, 2025</p>"  # a date the page states wins
    assert clean(html.replace("<h1>", lines + "<h1>"), url=url, site_rules=False).attribution.date == "2025-03-03"


@pytest.mark.parametrize("line,iso", [
    ("發布日期：113-04-15", "2024-04-15"),  # Taiwan's calendar, from 1912
    ("發布日期：民國113年4月15日", "2024-04-15"),
    ("发布日期：2024-04-15", "2024-04-15"),
])
def test_a_taiwanese_page_s_date_in_its_own_calendar(line, iso):
    assert clean(cn_page([line]), site_rules=False).attribution.date == iso


def test_the_lines_between_a_scraped_title_and_its_credit_are_not_the_title():
    lines = ["芒果疏果、套袋一次講清楚 把握關鍵期提升好果率", "發布單位：推廣股", "點閱次數：642",
             "（本文轉載自《耕讀農報》第412期，作者：農業技師 陳冠廷，感謝該報同意轉載。）",
             *["四月正是芒果幼果快速發育的時期，果農開始忙著疏果與套袋，這兩項工作直接影響果實的大小與售價。"] * 3]
    result = clean("\n".join(lines).encode(), site_rules=False)
    assert (result.attribution.title, result.attribution.source) == (lines[0], "耕讀農報")
    assert "推廣股" not in result.body and "642" not in result.body


@pytest.mark.parametrize("lines,author,source", [
    # a Taiwanese agency's dateline opening the lead, which stays
    (["（中央社記者劉品萱台南20日電）國家濕地保育署今天公布今年度嘉南沿海濕地越冬水鳥調查結果。"], "劉品萱", "中央社"),
    (["■ 相關新聞", "（港都新聞網記者林佩君／溪南報導）清晨五點半，溪南鄉的稻田還籠罩在薄霧裡。"], "林佩君", None),
    # the original's writer in a repost's credit, not the reposter's byline
    (["作者 阿拾 分类 读书笔记", "本文转载自青灯读书，原文标题《如何重新读完一本书》，作者沈一苇，版权归原作者所有。"],
     "沈一苇", "青灯读书"),
])
def test_taiwanese_datelines_and_a_repost_s_writer(lines, author, source):
    result = clean(cn_page(lines), site_rules=False)
    assert (result.attribution.author, result.attribution.source) == (author, source)
    if "報導）" in lines[-1] or "電）" in lines[-1]:
        assert lines[-1].split("）")[1][:8] in result.body


def test_an_agency_in_the_metadata_is_no_author():
    head = '<meta name="DC.Creator" content="國家濕地保育署">'
    assert clean(cn_page([], head=head), site_rules=False).attribution.author is None


@pytest.mark.parametrize("lines,field,value", [
    (["By DANIELA MORROW Associated Press"], "author", "DANIELA MORROW"),  # the agency after the writer
    (["By DANIELA MORROW Associated Press"], "source", "Associated Press"),
    (["By The Associated Press"], "author", None),
    # an issue is no publication's name; an edition is no part of it
    (["Reprinted with permission from Terrain Science Magazine. This article originally appeared in the May 2025 "
      "issue."], "source", "Terrain Science Magazine"),
    (["This story first appeared in The Deccan Ledger, Belagavi edition."], "source", "The Deccan Ledger"),
])
def test_a_byline_s_agency_and_a_credit_s_issue_or_edition(lines, field, value):
    html = "<html><body><h1>Headline</h1>" + "".join(f"<p>{line}</p>" for line in lines) + EN_BODY + "</body></html>"
    assert getattr(clean(html, site_rules=False).attribution, field) == value


@pytest.mark.parametrize("html_part,field,value", [
    # a Japanese reprint note dated in the era's years; the paper after the headline is no part of the title
    ("<p>※本記事は、港湾経済新聞 令和6年（2024年）5月14日付に掲載された記事を、同社の許諾を得て転載しています。</p>",
     "source", "港湾経済新聞"),
    ("", "title", "潮見港、クルーズ船寄港が過去最多の見通し"),
    # the credit under its label: "Pressespiegel: Dieser Artikel von X erschien zuerst in …"
    ("<p><strong>Pressespiegel:</strong> Dieser Artikel von <em>Sabine Hollerbach</em> erschien zuerst in der "
     "Main-Kinzig-Rundschau vom 14. März 2013.</p>", "author", "Sabine Hollerbach"),
])
def test_credits_of_japanese_and_german_reprints(html_part, field, value):
    head = "<title>【メディア掲載】潮見港、クルーズ船寄港が過去最多の見通し（港湾経済新聞） | 潮見港振興協会</title>"
    html = f"<html><head>{head}</head><body>{html_part}{BODY}</body></html>"
    assert getattr(clean(html, site_rules=False).attribution, field) == value



@pytest.mark.parametrize("page_title", ["習氏に挑むトランプ戦術の成否（写真＝ロイター）",
                                        "習氏に挑むトランプ戦術の成否（写真＝ロイター） - 日経電子版"])
def test_a_photo_s_credit_after_the_headline_is_no_part_of_the_title(page_title):
    html = f"<html><head><title>{page_title}</title></head><body>{BODY}</body></html>"
    assert clean(html, site_rules=False).attribution.title == "習氏に挑むトランプ戦術の成否"


def test_the_metadata_s_author_where_the_page_s_byline_names_an_organisation():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": '
          '"Eleanor Vance"}, {"@type": "Person", "name": "Rafael Okonkwo-Mendes"}]}</script>')
    html = (f"<html><head>{ld}</head><body><h1>Headline</h1><p class='byline'>By Haverleigh Arts Council</p>"
            f"{EN_BODY}</body></html>")
    assert clean(html, site_rules=False).attribution.author == "Eleanor Vance, Rafael Okonkwo-Mendes"


@pytest.mark.parametrize("footer,site", [
    ("主办单位：临溪区退役军人事务局　承办：临溪区融媒体中心", "临溪区退役军人事务局"),  # the department's own pages
    ("主办单位：临溪区人民政府办公室　承办：临溪区融媒体中心", "临溪区人民政府"),  # the portal's
])
def test_a_department_s_pages_in_a_site_group_are_its_own_site(footer, site):
    head = ('<title>老兵调解室里的三年_工作动态_临溪区退役军人事务局</title>'
            '<meta name="SiteName" content="临溪区人民政府">')
    html = f"<html><head>{head}</head><body><h1>老兵调解室里的三年</h1>{BODY}<p>{footer}</p></body></html>"
    assert clean(html, site_rules=False).attribution.site == site


@pytest.mark.parametrize("byline,author", [
    ("By <a href='/author/kathy-wise'>Kathy Wise</a> Published in <a href='/s'>FrontBurner</a> December 14, 2016",
     "Kathy Wise"),  # the name ends where the info line's next field starts
    ("By Marissa Kowalchuk, Lakehead Courier. Originally published January 17, 2024.", "Marissa Kowalchuk"),
])
def test_a_byline_s_name_ends_at_the_next_field(byline, author):
    assert clean(en_page(f"<p>{byline}</p>"), site_rules=False).attribution.author == author


def test_a_picture_s_credit_among_bylines_is_no_author():
    """refinery29's byline boxes: the writers', then the pictures' and the models' credits."""
    bylines = ("<div class='byline main-contributors'><a href='/author/connie-wang'>Connie Wang</a></div>"
               "<div class='byline other-contributors'>Photographed by <span>Sharokh Mirzai</span>; Modeled by "
               "<span>Ariel Pierre-Louis</span></div>")
    assert clean(en_page(bylines), site_rules=False).attribution.author == "Connie Wang"


@pytest.mark.parametrize("meta,author", [
    ('<meta name="article_author" value="Mike Cason | mcason@al.com">', "Mike Cason"),  # Advance Local's; on al.com
    ('<meta name="author" content="name, email@gmail.com">', None),  # a template's placeholder
])
def test_an_author_from_metadata_without_the_e_mail(meta, author):
    """An e-mail on the site's own domain is no sign that the byline names the site."""
    head = f'{meta}<link rel="canonical" href="http://www.al.com/news/2016/12/a.html">'
    assert clean(en_page("", head=head), site_rules=False).attribution.author == author


def test_a_writer_s_name_in_an_authorname_box():
    byline = "<span class='authorname-txt'><span class='truncate'>Lizette Borreli</span></span>"
    assert clean(en_page(f"<div>{byline}</div>"), site_rules=False).attribution.author == "Lizette Borreli"


def test_a_note_across_a_data_table_s_last_row_is_no_source():
    table = ("<table><tr><th>Year</th><th>Farms</th><th>Acres</th></tr><tr><td>2024</td><td>26</td><td>4,020</td></tr>"
             "<tr><td colspan='3'><i>Source: Harlow Water Authority.</i></td></tr></table>")
    page = f"<html><head><title>Headline</title></head><body><h1>Headline</h1>{EN_BODY}{table}{EN_BODY}</body></html>"
    assert clean(page, site_rules=False).attribution.source is None
