<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (local script)</source>
        <translation>名称（現地語表記）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (local script)</source>
        <translation>名称（現地語表記）</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員状況</translation>
    </message>
    <message>
        <source>Member or organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>From</source>
        <translation>派遣元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>訪問先</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>CommitmentEntry</name>
    <message>
        <source>{agreement}, clause {number}: {heading}</source>
        <translation>{agreement} 第{number}条「{heading}」</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>期限 {date}</translation>
    </message>
    <message>
        <source>{due} · responsible: {party}</source>
        <translation>{due}・担当: {party}</translation>
    </message>
    <message>
        <source>Open periods: {count}</source>
        <translation>未履行の期間: {count}</translation>
    </message>
    <message>
        <source>Overdue by {days}</source>
        <translation>{days}超過</translation>
    </message>
    <message>
        <source>Due {days} ago</source>
        <translation>期限から{days}経過</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <source>Due in {days}</source>
        <translation>期限まで{days}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Upcoming meetings</source>
        <translation>今後の会議</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>すべての会議</translation>
    </message>
    <message>
        <source>No meetings in the next {days} days.</source>
        <translation>今後{days}日間に予定された会議はありません。</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>訪問団</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>すべての訪問団</translation>
    </message>
    <message>
        <source>No delegation under way or starting in the next {days} days.</source>
        <translation>実施中の訪問団、または{days}日以内に始まる訪問団はありません。</translation>
    </message>
    <message>
        <source>Commitments due</source>
        <translation>期限の近い履行事項</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>すべての協定・覚書</translation>
    </message>
    <message>
        <source>Nothing due: every commitment is met for now.</source>
        <translation>期限の迫った履行事項はありません。</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>履行事項</translation>
    </message>
</context>
<context>
    <name>DelegationEntry</name>
    <message>
        <source>{dates} (day {day} of {days})</source>
        <translation>{dates}（{days}日間中{day}日目）</translation>
    </message>
    <message>
        <source>Participants selected: {count} of {capacity}</source>
        <translation>選考済み参加者: {count}名／定員{capacity}名</translation>
    </message>
    <message>
        <source>Participants selected: {count}</source>
        <translation>選考済み参加者: {count}名</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>In {days}</source>
        <translation>{days}後</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{shown} of {total} match</source>
        <translation>{total}件中{shown}件が一致</translation>
    </message>
    <message>
        <source>{total} in all</source>
        <translation>全{total}件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {name}</source>
        <translation>データベース: {name}</translation>
    </message>
    <message>
        <source>{database} — ChamberDesk</source>
        <translation>{database} — ChamberDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChamberDesk</source>
        <translation>ChamberDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ChamberDesk.</source>
        <translation>新しい表示言語は ChamberDesk の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>About ChamberDesk</source>
        <translation>ChamberDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChamberDesk {version}&lt;/h3&gt;&lt;p&gt;Members, delegations, meetings and agreements for chamber-of-commerce secretariats.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChamberDesk {version}&lt;/h3&gt;&lt;p&gt;商工会議所・中小企業協力団体の事務局のための、会員・訪問団・会議・協定の管理ソフトウェアです。&lt;/p&gt;&lt;p&gt;データベース: {database}&lt;/p&gt;&lt;p&gt;Qt {qt}、PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingEntry</name>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>開催中</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>In {days}</source>
        <translation>{days}後</translation>
    </message>
    <message>
        <source>Partner side: {time}</source>
        <translation>相手側の時刻: {time}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Search members by name (any script), city or registration number</source>
        <translation>会員を名称（どの文字でも可）・都市・登録番号で検索</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>訪問団</translation>
    </message>
    <message>
        <source>Search delegations by title</source>
        <translation>訪問団を名称で検索</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Search meetings by title</source>
        <translation>会議を名称で検索</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定・覚書</translation>
    </message>
    <message>
        <source>Search agreements by title</source>
        <translation>協定・覚書を名称で検索</translation>
    </message>
</context>
<context>
    <name>PrintChoices</name>
    <message>
        <source>Delegation roster</source>
        <translation>参加者名簿</translation>
    </message>
    <message>
        <source>Itinerary booklet</source>
        <translation>旅程表</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議事次第</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>出席者署名簿</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>卓上名札</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>会員名簿</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文書：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Laying out page {page}…</source>
        <translation>{page}ページ目を組版中…</translation>
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation>文書を作成できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Some characters are in no bundled font; they were left out:</source>
        <translation>同梱フォントにない文字があるため、その文字を省きました：</translation>
    </message>
    <message>
        <source>{pages} page(s)</source>
        <translation>{pages}ページ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <source>Select a delegation or meeting in the list first.</source>
        <translation>先に一覧から代表団または会議を選択してください。</translation>
    </message>
</context>
<context>
    <name>RenewalEntry</name>
    <message>
        <source>Valid until {date} (today)</source>
        <translation>有効期限 {date}（本日まで）</translation>
    </message>
    <message>
        <source>Valid until {date} (in {days})</source>
        <translation>有効期限 {date}（{days}後）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Main window position and size</source>
        <translation>メインウィンドウの位置とサイズ</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>起動時に表示するページ</translation>
    </message>
</context>
<context>
    <name>agreement_state</name>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>発効前</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>更新時期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>delegation_kind</name>
    <message>
        <source>Study tour</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Trade mission</source>
        <translation>経済ミッション</translation>
    </message>
    <message>
        <source>Mutual visit</source>
        <translation>相互訪問</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>見本市</translation>
    </message>
</context>
<context>
    <name>delegation_state</name>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>meeting_kind</name>
    <message>
        <source>Regular meeting</source>
        <translation>定例会</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>セミナー</translation>
    </message>
    <message>
        <source>Buyer–seller meet</source>
        <translation>商談会</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>meeting_status</name>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>membership_status</name>
    <message>
        <source>Prospect</source>
        <translation>入会見込み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Honorary</source>
        <translation>名誉会員</translation>
    </message>
</context>
<context>
    <name>occurrence_status</name>
    <message>
        <source>Met</source>
        <translation>履行済み</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>organisation_kind</name>
    <message>
        <source>Chamber</source>
        <translation>商工会議所</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>政府系機関</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>省庁</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>協会・団体</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>センター</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>size_class</name>
    <message>
        <source>Micro</source>
        <translation>零細</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小規模</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中規模</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大規模</translation>
    </message>
</context>
</TS>
