<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>読み込んだ行</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>問題のある行</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>重複の候補</translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation>取り込まない列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import the other rows and leave the bad ones out</source>
        <translation>問題のある行を除いて、ほかの行を取り込む</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: correct its header line, or go back and change which column feeds which field.</source>
        <translation>このままでは取り込めません。見出し行を直すか、前に戻って列と項目の対応を変えてください。</translation>
    </message>
    <message>
        <source>{bad} of {total} rows have problems; nothing is imported until they are corrected, unless you leave them out.</source>
        <translation>{total} 行のうち {bad} 行に問題があります。修正するか除外するまで、何も取り込まれません。</translation>
    </message>
    <message>
        <source>All {total} rows are valid.</source>
        <translation>{total} 行すべて問題ありません。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{count} — you choose what to do with each on the next page; unless you change it: {choices}</source>
        <translation>{count} 行（次のページで行ごとに処理を選べます。変更しなければ：{choices}）</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>最初の行の値</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>対応表を読み込む…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>対応表を保存…</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; of ChamberDesk&apos;s own export</source>
        <translation>ChamberDesk のエクスポートでの列名「{column}」</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <source>{value} → {latin} (romanised)</source>
        <translation>{value} → {latin}（ローマ字化）</translation>
    </message>
    <message>
        <source>{mapped} of {total} columns of the file are used.</source>
        <translation>ファイルの {total} 列のうち {mapped} 列を使います。</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>取り込まない列：{columns}</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>列の対応表を読み込む</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>列の対応表 (*.json)</translation>
    </message>
    <message>
        <source>Not a mapping</source>
        <translation>対応表ではありません</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>列の対応表を保存</translation>
    </message>
</context>
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
    <message>
        <source>Contact persons</source>
        <translation>担当者</translation>
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
    <name>DirectoryFilterBar</name>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>すべての規模</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>すべての会員区分</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブ済みも表示</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Merging fills the fields the existing member lacks with the file&apos;s values and adds its tags and contact; what the member has is kept.</source>
        <translation>統合すると、既存の会員の空いている項目をファイルの値で埋め、タグと担当者を追加します。会員にすでにある値はそのまま残ります。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>Skip the row</source>
        <translation>この行を飛ばす</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>既存に統合</translation>
    </message>
    <message>
        <source>Create a new member</source>
        <translation>新しい会員として登録</translation>
    </message>
    <message>
        <source>its registration number is taken</source>
        <translation>登録番号がすでに使われています</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>似ている登録</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Choose for all…</source>
        <translation>すべてに適用…</translation>
    </message>
    <message>
        <source>{count} rows look like members you have or like earlier rows of the file.</source>
        <translation>{count} 行が、登録済みの会員またはファイル内の前の行と重複しているようです。</translation>
    </message>
    <message>
        <source>member #{id}</source>
        <translation>会員 #{id}</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>このファイルの {row} 行目</translation>
    </message>
    <message>
        <source>same uid</source>
        <translation>同じ uid</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>同じ登録番号</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>同じメールアドレス</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>同じ電話番号</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同じ名称</translation>
    </message>
    <message>
        <source>similar name {score}</source>
        <translation>よく似た名称 {score}</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Check the characters</source>
        <translation>文字の確認</translation>
    </message>
    <message>
        <source>The encoding was detected. If names look wrong below (�, 縺, Ã©), choose the encoding the file was saved in.</source>
        <translation>文字コードを自動判定しました。下の名前が文字化けしている（�、縺、Ã© など）場合は、ファイルの文字コードを選んでください。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Japanese Windows (Shift_JIS, CP932)</source>
        <translation>日本語 Windows（Shift_JIS、CP932）</translation>
    </message>
    <message>
        <source>Shift_JIS (strict)</source>
        <translation>Shift_JIS（厳密）</translation>
    </message>
    <message>
        <source>Western Windows (Windows-1252)</source>
        <translation>欧文 Windows（Windows-1252）</translation>
    </message>
    <message>
        <source>Unicode text (UTF-16)</source>
        <translation>Unicode テキスト（UTF-16）</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file of members, one row per member. Our own export is read as it is; other layouts are mapped in a later step.</source>
        <translation>会員の CSV または Excel（XLSX）ファイル（1 行に 1 会員）。ChamberDesk のエクスポートはそのまま読み込めます。ほかの形式は次の手順で列を対応付けます。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>会員の取り込み</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>表計算ファイル (*.xlsx *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>会員の取り込み</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>行を確認しています…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>取り込みを中止しました</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込めませんでした</translation>
    </message>
    <message>
        <source>{created} members created, {merged} merged, {unchanged} already up to date, {skipped} duplicates skipped, {bad} bad rows skipped.</source>
        <translation>会員を {created} 件作成、{merged} 件を統合、{unchanged} 件は変更なし、重複 {skipped} 件と問題のある行 {bad} 件を除外しました。</translation>
    </message>
    <message>
        <source>{count} values in the file differ from those on record and were left as they are; edit the members to change them.</source>
        <translation>ファイルの {count} 個の値が登録内容と異なるため、登録内容のまま残しました。変更するには会員を編集してください。</translation>
    </message>
    <message>
        <source>Nothing needed to be written.</source>
        <translation>書き込むものはありませんでした。</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>For each field, the column of the file that holds it. Fields marked * are required. Save the mapping to use it again, or with &apos;chamberdesk import members --mapping&apos;.</source>
        <translation>各項目に、その値が入っているファイルの列を選びます。* は必須です。対応表を保存すると、次回や「chamberdesk import members --mapping」で使えます。</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>必須項目</translation>
    </message>
    <message>
        <source>Choose the column of the file for: {fields}</source>
        <translation>次の項目に対応するファイルの列を選んでください：{fields}</translation>
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
    <name>MemberEditor</name>
    <message>
        <source>New member</source>
        <translation>新しい会員</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>会員：{name}</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (Latin) *</source>
        <translation>名称（ローマ字）*</translation>
    </message>
    <message>
        <source>Name (local script)</source>
        <translation>名称（現地語）</translation>
    </message>
    <message>
        <source>Language of the local name</source>
        <translation>現地語名称の言語</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>kana, e.g. くろせせいみつ</source>
        <translation>かな（例：くろせせいみつ）</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>国 *</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>City (local script)</source>
        <translation>都市（現地語）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Address (local script)</source>
        <translation>住所（現地語）</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
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
        <source>as dialled in the country</source>
        <translation>国内でかける番号のまま</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
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
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>設立年</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会員資格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>退会日</translation>
    </message>
    <message>
        <source>Yearly dues</source>
        <translation>年会費</translation>
    </message>
    <message>
        <source>Dues currency</source>
        <translation>年会費の通貨</translation>
    </message>
    <message>
        <source>Strengths and needs</source>
        <translation>強みとニーズ</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>強み</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tags (separate with ;)</source>
        <translation>タグ（; で区切る）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Local script</source>
        <translation>現地語</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>担当者を追加…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>担当者を編集…</translation>
    </message>
    <message>
        <source>Save the member first to add its contact persons.</source>
        <translation>担当者を追加するには、先に会員を保存してください。</translation>
    </message>
    <message>
        <source>Stored as {number}</source>
        <translation>{number} として保存します</translation>
    </message>
    <message>
        <source>Suggested reading: {value}</source>
        <translation>よみの候補：{value}</translation>
    </message>
    <message>
        <source>Romanised: {value}</source>
        <translation>ローマ字の候補：{value}</translation>
    </message>
    <message>
        <source>Please correct: {fields}.</source>
        <translation>次の項目を修正してください：{fields}。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this member while you were editing it. Close the editor and open the member again to see their change.</source>
        <translation>保存されませんでした。編集中にほかの人がこの会員を変更しました。編集画面を閉じて会員を開き直し、変更内容を確認してください。</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>会員のアーカイブ</translation>
    </message>
    <message>
        <source>Archive {name}? It stays in documents and history but is shown as archived.</source>
        <translation>{name} をアーカイブしますか？書類や履歴には残り、アーカイブ済みとして表示されます。</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>ChamberDesk uid</source>
        <translation>ChamberDesk uid</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>名称（ローマ字）</translation>
    </message>
    <message>
        <source>Name (local script)</source>
        <translation>名称（現地語）</translation>
    </message>
    <message>
        <source>Language of the local name</source>
        <translation>現地語名称の言語</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
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
        <source>City (local script)</source>
        <translation>都市（現地語）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Address (local script)</source>
        <translation>住所（現地語）</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
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
        <source>Website</source>
        <translation>ウェブサイト</translation>
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
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>設立年</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>会員区分</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>退会日</translation>
    </message>
    <message>
        <source>Yearly dues</source>
        <translation>年会費</translation>
    </message>
    <message>
        <source>Dues currency</source>
        <translation>年会費の通貨</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>強み</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Strength tags</source>
        <translation>強みのタグ</translation>
    </message>
    <message>
        <source>Need tags</source>
        <translation>ニーズのタグ</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>その他のタグ</translation>
    </message>
    <message>
        <source>family name (Latin)</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <source>given name (Latin)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>family name (local script)</source>
        <translation>姓（現地語）</translation>
    </message>
    <message>
        <source>given name (local script)</source>
        <translation>名（現地語）</translation>
    </message>
    <message>
        <source>family name reading</source>
        <translation>姓のよみ</translation>
    </message>
    <message>
        <source>given name reading</source>
        <translation>名のよみ</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>姓名の順</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>job title (local script)</source>
        <translation>役職（現地語）</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>食事の制限</translation>
    </message>
    <message>
        <source>Contact: {field}</source>
        <translation>担当者：{field}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Found through these contact persons: {names}</source>
        <translation>次の担当者で見つかりました：{names}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>New member…</source>
        <translation>新しい会員…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>直前の変更を元に戻す</translation>
    </message>
    <message>
        <source>Undo the last change made here (Ctrl+Z in the list)</source>
        <translation>この画面での直前の変更を元に戻します（一覧で Ctrl+Z）</translation>
    </message>
    <message>
        <source>Saved. Undo (Ctrl+Z) reverses the change.</source>
        <translation>保存しました。元に戻す（Ctrl+Z）で取り消せます。</translation>
    </message>
    <message>
        <source>Archive member</source>
        <translation>会員のアーカイブ</translation>
    </message>
    <message>
        <source>Archive {name}? It stays in documents and history but is shown as archived.</source>
        <translation>{name} をアーカイブしますか？書類や履歴には残り、アーカイブ済みとして表示されます。</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} をアーカイブしました。</translation>
    </message>
    <message>
        <source>Merged. Undo (Ctrl+Z) separates them again.</source>
        <translation>統合しました。元に戻す（Ctrl+Z）で分け直せます。</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>元に戻しました。</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>変更されませんでした</translation>
    </message>
    <message>
        <source>Export the members shown</source>
        <translation>表示中の会員をエクスポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Contact persons as vCard (*.vcf)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv);;担当者の vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported {count} to {file}; {persons} further contact persons are not in it (a member list holds one per member): export as vCard (.vcf) to keep them.</source>
        <translation>{count} 件を {file} にエクスポートしました。ほかの担当者 {persons} 人は含まれていません（会員一覧には会員ごとに 1 人だけ入ります）。残すには vCard (.vcf) でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Exported {count} to {file}.</source>
        <translation>{count} 件を {file} にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate members</source>
        <translation>重複した会員の統合</translation>
    </message>
    <message>
        <source>Contact persons, participations, matches, visits hosted and tags of the other record move to the one you keep; fields it lacks are filled in; the other is archived. Undo (Ctrl+Z) reverses it.</source>
        <translation>もう一方の担当者・参加記録・マッチング・受け入れ訪問・タグを残す会員に移し、空いている項目を補います。もう一方はアーカイブされます。元に戻す（Ctrl+Z）で取り消せます。</translation>
    </message>
    <message>
        <source>Keep {name} ({country}, {persons} contact persons, #{id})</source>
        <translation>{name} を残す（{country}、担当者 {persons} 名、#{id}）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
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
        <source>Search members and their contacts: names in any script, reading, romaji, e-mail, city</source>
        <translation>会員と担当者を検索：各言語の名称、よみ、ローマ字、メール、都市</translation>
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
    <name>PersonEditor</name>
    <message>
        <source>New contact person</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Family name (Latin) *</source>
        <translation>姓（ローマ字）*</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <source>Family name (local script)</source>
        <translation>姓（現地語）</translation>
    </message>
    <message>
        <source>Given name (local script)</source>
        <translation>名（現地語）</translation>
    </message>
    <message>
        <source>Language of the local name</source>
        <translation>現地語氏名の言語</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>姓のよみ</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>名のよみ</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名の順</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Dr., Ms., Smt., คุณ</source>
        <translation>Dr.、Ms.、Smt.、คุณ など</translation>
    </message>
    <message>
        <source>Role and contact</source>
        <translation>役職と連絡先</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Job title (local script)</source>
        <translation>役職（現地語）</translation>
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
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事の制限</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>緊急連絡先の電話</translation>
    </message>
    <message>
        <source>Primary contact of the member</source>
        <translation>会員の主担当者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Stored as {number}</source>
        <translation>{number} として保存します</translation>
    </message>
    <message>
        <source>Suggested reading: {value}</source>
        <translation>よみの候補：{value}</translation>
    </message>
    <message>
        <source>Romanised: {value}</source>
        <translation>ローマ字の候補：{value}</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this person while you were editing. Close and open it again to see their change.</source>
        <translation>保存されませんでした。編集中にほかの人がこの担当者を変更しました。閉じて開き直し、変更内容を確認してください。</translation>
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
    <message>
        <source>Agreement, both languages side by side</source>
        <translation>協定書（対訳）</translation>
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
        <source>Pages: {pages}</source>
        <translation>ページ数：{pages}</translation>
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
        <source>Select a delegation, meeting or agreement in the list first.</source>
        <translation>先に一覧から訪問団、会議または協定を選択してください。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address (expected name@domain.tld)</source>
        <translation>「{value}」はメールアドレスではありません（name@domain.tld の形で入力してください）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (too short, too long or not digits)</source>
        <translation>「{value}」は電話番号ではありません（短すぎるか、長すぎるか、数字ではありません）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (its country code is missing or unknown)</source>
        <translation>「{value}」は電話番号ではありません（国番号がないか、存在しない国番号です）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not have the length of a phone number in that country</source>
        <translation>「{value}」はその国の電話番号の桁数ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number: that country has no such area code or number range</source>
        <translation>「{value}」は有効な電話番号ではありません：その国にこの市外局番・番号帯はありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code (two letters, ISO 3166, e.g. IN, JP, TH, ID)</source>
        <translation>「{value}」は国コードではありません（ISO 3166 の英字2文字。例：IN、JP、TH、ID）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency code (ISO 4217, e.g. INR, JPY, THB, IDR)</source>
        <translation>「{value}」は通貨コードではありません（ISO 4217。例：INR、JPY、THB、IDR）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time zone (IANA name, e.g. Asia/Tokyo, Asia/Kolkata)</source>
        <translation>「{value}」はタイムゾーンではありません（IANA の名前。例：Asia/Tokyo、Asia/Kolkata）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (ISO 639, e.g. ja, hi, ml, th, en)</source>
        <translation>「{value}」は言語コードではありません（ISO 639。例：ja、hi、ml、th、en）</translation>
    </message>
    <message>
        <source>{value} is not a plausible year (between {earliest} and {latest})</source>
        <translation>{value} は年としてありえません（{earliest}〜{latest} の範囲で入力してください）</translation>
    </message>
    <message>
        <source>{value} is not a plausible date (between {earliest} and {latest})</source>
        <translation>{value} は日付としてありえません（{earliest}〜{latest} の範囲で入力してください）</translation>
    </message>
    <message>
        <source>{value} cannot be negative</source>
        <translation>{value}：マイナスの値は入力できません</translation>
    </message>
    <message>
        <source>{value} is not a plausible number (at most {most})</source>
        <translation>{value} はありえない数です（最大 {most}）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a plausible amount (below {limit})</source>
        <translation>「{value}」はありえない金額です（{limit} 未満）</translation>
    </message>
    <message>
        <source>holds a line break or a tab where one line is expected (in a file: a quote out of place joins lines)</source>
        <translation>1 行で書く欄に改行またはタブがあります（ファイルでは、引用符の位置の誤りで行がつながります）</translation>
    </message>
    <message>
        <source>holds a control character ({character}) that documents and workbooks cannot hold</source>
        <translation>文書やブックに書けない制御文字（{character}）があります</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Japanese postal code (seven digits, e.g. 100-0001)</source>
        <translation>「{value}」は日本の郵便番号ではありません（7 桁、例: 100-0001）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; looks like text in UTF-8 read as another encoding (&apos;{meant}&apos;?): the file mixes encodings; save it again in one</source>
        <translation>「{value}」は UTF-8 の文字を別の文字コードで読んだもののようです（「{meant}」？）。ファイルの文字コードが混在しています。1 つの文字コードで保存し直してください</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>マイナスの金額は入力できません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (http://, https:// or a bare domain such as example.co.jp)</source>
        <translation>「{value}」はウェブサイトのアドレスではありません（http:// か https:// で始まるアドレス、または example.co.jp のようなドメイン名）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>「{value}」は整数ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>「{value}」は日付ではありません（YYYY-MM-DD の形で入力してください）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>「{value}」は金額ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has a decimal comma: write the amount with a decimal point, {written}</source>
        <translation>「{value}」は小数点にコンマを使っています。小数点はピリオドで書いてください：{written}</translation>
    </message>
    <message>
        <source>{value} {currency} has more decimals than {currency} uses</source>
        <translation>{value} {currency}：{currency} で使う小数の桁数を超えています</translation>
    </message>
    <message>
        <source>is required when dues are given</source>
        <translation>年会費を入力した場合は必須です</translation>
    </message>
    <message>
        <source>is before the membership start</source>
        <translation>入会日より前です</translation>
    </message>
    <message>
        <source>a person belongs to a member or an organisation, not both</source>
        <translation>担当者は会員企業か団体のどちらか一方に所属します（両方には所属できません）</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>開始より前に終了しています</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>1 以上にしてください</translation>
    </message>
    <message>
        <source>is before the agreement takes effect</source>
        <translation>協定の発効日より前です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>「{value}」は選べる値ではありません（{choices}）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country (two-letter ISO code such as JP, IN, TH, ID, or its name in English or Japanese)</source>
        <translation>「{value}」は国ではありません（JP、IN、TH、ID のような ISO の英字2文字、または英語か日本語の国名）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a ChamberDesk uid (leave it empty for a new member)</source>
        <translation>「{value}」は ChamberDesk の uid ではありません（新しい会員は空欄にしてください）</translation>
    </message>
    <message>
        <source>is empty, and &apos;{value}&apos; cannot be romanised (only Japanese can); add a column with the Latin name</source>
        <translation>空欄で、「{value}」は自動でローマ字にできません（できるのは日本語だけです）。ローマ字の名称の列を加えてください</translation>
    </message>
    <message>
        <source>holds a formula ({formula}) whose value the file does not keep: open the file in Excel or LibreOffice and save it again</source>
        <translation>数式（{formula}）が入っていますが、ファイルに計算結果が保存されていません。Excel か LibreOffice で開いて保存し直してください</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (a separator or quote out of place?)</source>
        <translation>セルが {cells} 個ありますが、見出しは {columns} 列です（区切り文字か引用符の位置がずれていませんか）</translation>
    </message>
    <message>
        <source>the mapping names this column but the file has none</source>
        <translation>対応付けにこの列がありますが、ファイルにはありません</translation>
    </message>
    <message>
        <source>no column of the file is mapped to it (it is required)</source>
        <translation>ファイルのどの列も対応付けられていません（必須の項目です）</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not imported (no field is mapped to it)</source>
        <translation>列「{column}」は取り込まれません（どの項目にも対応付けられていません）</translation>
    </message>
    <message>
        <source>the header is on row {row}: the {count} row(s) above it (a title?) are not imported</source>
        <translation>見出し行は {row} 行目です。その上の {count} 行（表題？）は取り込みません</translation>
    </message>
    <message>
        <source>columns {first} and {second} are both called &apos;{column}&apos;; rename one so that it is clear which to import</source>
        <translation>{first} 列目と {second} 列目の見出しがどちらも「{column}」です。どちらを取り込むか分かるよう、一方の見出しを変えてください</translation>
    </message>
    <message>
        <source>the quote opened on line {line} is never closed, so the rest of the file would be read as one cell</source>
        <translation>{line} 行目で始まる引用符が閉じられていません。このままではファイルの残りがすべて一つのセルとして読まれます</translation>
    </message>
    <message>
        <source>a cell that starts on line {line} is too long to be one: is a quote opened there never closed?</source>
        <translation>{line} 行目から始まるセルが長すぎます。そこで開いた引用符が閉じられていないのではありませんか</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV ({reason})</source>
        <translation>{line} 行目を CSV として読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：ファイルがありません</translation>
    </message>
    <message>
        <source>{file}: not a CSV or XLSX file (the name must end in .csv or .xlsx)</source>
        <translation>{file}：CSV でも XLSX でもありません（ファイル名は .csv か .xlsx で終わる必要があります）</translation>
    </message>
    <message>
        <source>{file}: the file is empty; there is nothing to import</source>
        <translation>{file}：ファイルが空です。インポートするものがありません</translation>
    </message>
    <message>
        <source>{file}: the first sheet of the workbook is empty (only the first sheet is read); there is nothing to import</source>
        <translation>{file}：ブックの最初のシートが空です（読み込むのは最初のシートだけです）。インポートするものがありません</translation>
    </message>
    <message>
        <source>{file}: &apos;{encoding}&apos; is not an encoding this computer knows</source>
        <translation>{file}：「{encoding}」はこのコンピューターにない文字コードです</translation>
    </message>
    <message>
        <source>{file}, line {line}: the file is not valid {encoding} (byte {byte}); choose its encoding (e.g. cp932, cp1252)</source>
        <translation>{file}、{line} 行目：ファイルが {encoding} として正しくありません（バイト {byte}）。ファイルの文字コードを選んでください（例：cp932、cp1252）</translation>
    </message>
    <message>
        <source>{file}: none of the encodings tried ({encodings}) reads the whole file (as {encoding}, line {line} has byte {byte}); choose its encoding</source>
        <translation>{file}：試した文字コード（{encodings}）のどれでもファイル全体を読めません（{encoding} では {line} 行目にバイト {byte} があります）。ファイルの文字コードを選んでください</translation>
    </message>
    <message>
        <source>{file}: cannot be read as an XLSX workbook ({reason})</source>
        <translation>{file}：XLSX ブックとして読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: no such mapping file</source>
        <translation>{path}：列の対応付けのファイルがありません</translation>
    </message>
    <message>
        <source>{path}: not a mapping file ({reason})</source>
        <translation>{path}：列の対応付けのファイルではありません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not a ChamberDesk member mapping (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{path}：ChamberDesk の会員の列の対応付けではありません（&quot;format&quot;: &quot;{format}&quot; が必要です）</translation>
    </message>
    <message>
        <source>{path}: maps unknown fields {fields} (known: {known})</source>
        <translation>{path}：存在しない項目 {fields} を対応付けています（使える項目：{known}）</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（行全体）</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>（ファイル全体）</translation>
    </message>
    <message>
        <source>{source}, row {row}, {column}: {message}</source>
        <translation>{source}、{row} 行目、{column}：{message}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}：{message}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Checking rows</source>
        <translation>行を確認しています</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>重複を探しています</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>統合しています</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>書き込んでいます</translation>
    </message>
    <message>
        <source>Recomputing the members&apos; search keys</source>
        <translation>会員の検索キーを再計算しています</translation>
    </message>
    <message>
        <source>Recomputing the persons&apos; search keys</source>
        <translation>担当者の検索キーを再計算しています</translation>
    </message>
    <message>
        <source>Compacting the search index</source>
        <translation>検索索引を最適化しています</translation>
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
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) in the member list removes the whole import again.</source>
        <translation>会員一覧で元に戻す（Ctrl+Z）を使うと、この取り込み全体を取り消せます。</translation>
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
        <source>Show archived members in the list</source>
        <translation>一覧にアーカイブ済みの会員を表示</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>起動時に表示するページ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database (an upgrade to this version keeps a backup)…</source>
        <translation>データベースを開いています（この版への更新の前にバックアップを残します）…</translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <source>Use</source>
        <translation>使う</translation>
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
    <name>name_order</name>
    <message>
        <source>Given name first (Anoop Menon)</source>
        <translation>名・姓の順（Anoop Menon）</translation>
    </message>
    <message>
        <source>Family name first (Kurose Naohiro)</source>
        <translation>姓・名の順（黒瀬 直宏）</translation>
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
