<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="40"/>
        <source>&amp;Next Essay</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="41"/>
        <source>&amp;Previous Essay</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="42"/>
        <source>&amp;Larger Text</source>
        <translation>放大字型(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="43"/>
        <source>&amp;Smaller Text</source>
        <translation>縮小字型(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="44"/>
        <source>&amp;Default Text Size</source>
        <translation>預設字號(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45"/>
        <source>Next Script &amp;Form</source>
        <translation>切換文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="51"/>
        <source>Local &amp;Quotation Marks 「」 “”</source>
        <translation>在地引號(&amp;Q) 「」 “”</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52"/>
        <location filename="../../app/ui/shell/actions.py" line="55"/>
        <source>Follow &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="54"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="60"/>
        <source>&amp;Vertical Text 直排</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="61"/>
        <source>&amp;No Readings</source>
        <translation>不標注讀音(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="62"/>
        <source>Readings over &amp;Rare Characters</source>
        <translation>罕用字標注讀音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="63"/>
        <source>Readings over &amp;Every Character</source>
        <translation>逐字標注讀音(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="64"/>
        <source>&amp;Pinyin</source>
        <translation>漢語拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65"/>
        <source>&amp;Zhuyin (Bopomofo)</source>
        <translation>注音符號(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="66"/>
        <source>&amp;Jyutping (Cantonese)</source>
        <translation>粵拼（粵語）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="68"/>
        <source>Show L&amp;ibrary</source>
        <translation>顯示文庫(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="75"/>
        <source>Highlight with No&amp;te…</source>
        <translation>高亮並寫筆記(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="102"/>
        <source>Read Aloud / Pa&amp;use</source>
        <translation>朗讀 / 暫停(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="103"/>
        <source>St&amp;op Reading Aloud</source>
        <translation>停止朗讀(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="104"/>
        <source>Re&amp;peat A–B</source>
        <translation>A–B 複讀(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="106"/>
        <source>Essa&amp;y Panel</source>
        <translation>文章面板(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112"/>
        <source>Show Sample &amp;Essays</source>
        <translation>顯示範例文章(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121"/>
        <source>My Colo&amp;ur…</source>
        <translation>我的顏色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="122"/>
        <source>&amp;Trust a Member&apos;s New Device…</source>
        <translation>信任成員的新裝置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="124"/>
        <source>Show Ot&amp;hers&apos; Notes</source>
        <translation>顯示他人的筆記(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="129"/>
        <source>Di&amp;scussion…</source>
        <translation>討論(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="131"/>
        <source>Share My Readin&amp;g Progress</source>
        <translation>分享我的閱讀進度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="132"/>
        <source>Export One Mem&amp;ber&apos;s Notes…</source>
        <translation>匯出某位成員的筆記(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134"/>
        <source>Import Web A&amp;nnotations…</source>
        <translation>匯入 Web 註解(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="136"/>
        <source>Add to &amp;My Words</source>
        <translation>加入我的生詞(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="137"/>
        <source>Look Up Words on Hov&amp;er</source>
        <translation>游標停留時查詞(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138"/>
        <source>My &amp;Words Panel</source>
        <translation>我的生詞面板(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69"/>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="70"/>
        <source>&amp;About Jiangxin Reader</source>
        <translation>關於匠心閱讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="73"/>
        <source>&amp;Bookmark This Place</source>
        <translation>新增書籤(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="76"/>
        <source>&amp;Ask a Question…</source>
        <translation>提問(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77"/>
        <source>&amp;I Don&apos;t Understand This (不懂)</source>
        <translation>我沒看懂(不懂)(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="82"/>
        <source>Highlight &amp;Yellow</source>
        <translation>黃色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="83"/>
        <source>Highlight &amp;Green</source>
        <translation>綠色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="84"/>
        <source>Highlight &amp;Blue</source>
        <translation>藍色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="85"/>
        <source>Highlight &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="86"/>
        <source>Highlight P&amp;urple</source>
        <translation>紫色高亮(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="89"/>
        <source>&amp;Notes Panel</source>
        <translation>筆記面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="90"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>書籤面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="91"/>
        <source>&amp;Export Notes…</source>
        <translation>匯出筆記(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="92"/>
        <source>Export Notes to an &amp;Obsidian Folder…</source>
        <translation>匯出筆記到 &amp;Obsidian 資料夾…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="94"/>
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="96"/>
        <source>Your &amp;Display Name…</source>
        <translation>我的顯示名稱(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="98"/>
        <source>&amp;Find in Essay…</source>
        <translation>在本文中尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="99"/>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="100"/>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105"/>
        <source>&amp;Search the Library…</source>
        <translation>搜尋文庫(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="107"/>
        <source>Highlight &amp;Whole Words</source>
        <translation>高亮整詞(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="108"/>
        <source>&amp;Reload Essays</source>
        <translation>重新載入文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="109"/>
        <source>&amp;Merge My Changes In</source>
        <translation>合併我的變更(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="110"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="111"/>
        <source>&amp;Paste as New Essay</source>
        <translation>貼上為新文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="113"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="114"/>
        <source>&amp;Forward</source>
        <translation>前進(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="115"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="116"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118"/>
        <source>&amp;Create Group Folder…</source>
        <translation>建立小組資料夾(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="119"/>
        <source>&amp;Join Group Folder…</source>
        <translation>加入小組資料夾(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="120"/>
        <source>&amp;Leave Group</source>
        <translation>退出小組(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="123"/>
        <source>Share New Notes</source>
        <translation>新筆記與小組共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="125"/>
        <source>&amp;Members Panel</source>
        <translation>成員面板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="126"/>
        <source>&amp;Assignments Panel</source>
        <translation>作業面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128"/>
        <source>New &amp;Assignment…</source>
        <translation>新增作業(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="133"/>
        <source>Export Notes as &amp;Web Annotations…</source>
        <translation>將筆記匯出為 Web 註解(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="135"/>
        <source>&amp;Look Up in Dictionary</source>
        <translation>查詞典(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="108"/>
        <source>All notes in the library</source>
        <translation>文庫中的全部筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="109"/>
        <source>Filter by text…</source>
        <translation>依文字篩選…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="110"/>
        <location filename="../../app/ui/notes/panels.py" line="252"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="111"/>
        <location filename="../../app/ui/notes/panels.py" line="260"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="183"/>
        <source>Everyone&apos;s notes</source>
        <translation>所有人的筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="184"/>
        <source>Only my notes</source>
        <translation>只看我的筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="187"/>
        <source>All colours</source>
        <translation>全部顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="191"/>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="151"/>
        <source>shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/notes_model.py" line="202"/>
        <source>⚠ Not in the library: its essay was removed or could not be read. The note comes back to its place when the essay does.</source>
        <translation>⚠ 不在文庫中：所屬文章已被移除或無法讀取。文章回來時，筆記也會回到原處。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/notes_model.py" line="206"/>
        <source>⚠ The text changed; this passage could not be found.</source>
        <translation>⚠ 原文已改動，找不到這段文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="244"/>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="253"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="258"/>
        <source>Copy Quote</source>
        <translation>複製引文</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="262"/>
        <source>Shared with the Group</source>
        <translation>與小組共享</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="70"/>
        <source>Another Jiangxin Reader is using this data folder and did not answer. This window is read-only so that neither loses notes; close the other one and start again to make changes.</source>
        <translation>另一個匠心閱讀視窗正在使用這個資料夾，但沒有回應。為了不遺失任何筆記，本視窗為唯讀；請關閉另一個視窗後重新開啟以進行修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="139"/>
        <source>The data folder {folder} cannot be used: its lock file cannot be created ({reason}).</source>
        <translation>無法使用資料夾 {folder}：無法建立其鎖定檔（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="146"/>
        <source>{problem} This window is read-only: your notes and settings can be read, and new notes are kept in this window; when you quit you can save them as a copy elsewhere.</source>
        <translation>{problem} 此視窗為唯讀：筆記和設定可以檢視，新的筆記保留在此視窗中；結束時可以將它們另存為副本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="237"/>
        <source>Loading notes…</source>
        <translation>正在載入筆記…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="246"/>
        <source>Notes loaded.</source>
        <translation>筆記已載入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="227"/>
        <location filename="../../app/ui/shell/application.py" line="249"/>
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="261"/>
        <source>Starting Jiangxin Reader again cannot reach this window ({reason}); a second window opens read-only.</source>
        <translation>再次啟動匠心閱讀時無法連接到此視窗（{reason}）；第二個視窗將以唯讀方式開啟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="197"/>
        <source>Something went wrong ({error}); your notes are safe. Details are in the log.</source>
        <translation>出了點問題（{error}）；你的筆記是安全的。詳情見日誌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="201"/>
        <source>Something went wrong ({error}), and your latest changes are not saved yet: {reason}</source>
        <translation>出了點問題（{error}），您最近的變更尚未儲存：{reason}</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="45"/>
        <source>New Assignment</source>
        <translation>新增作業</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="49"/>
        <source>e.g. Week 3: 工匠精神</source>
        <translation>例如：第三週：工匠精神</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="64"/>
        <source>One question a line (optional)</source>
        <translation>每行一個問題（可不填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="66"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="67"/>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="68"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="69"/>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="72"/>
        <source>Post</source>
        <translation>發布</translation>
    </message>
</context>
<context>
    <name>AssignmentsController</name>
    <message>
        <location filename="../../app/ui/group/assignments.py" line="80"/>
        <source>Assignments</source>
        <translation>作業</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments.py" line="139"/>
        <source>Assignment posted; due {date}.</source>
        <translation>作業已發布，截止日期 {date}。</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="85"/>
        <source>New Assignment…</source>
        <translation>新增作業…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="96"/>
        <source>Join a group to see its assignments.</source>
        <translation>加入小組後即可看到小組的作業。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="98"/>
        <source>No assignments yet. Post one with New Assignment…</source>
        <translation>還沒有作業。可用「新增作業…」發布一份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/assignments_panel.py" line="100"/>
        <source>%n assignment(s), the nearest due first.</source>
        <translation>
            <numerusform>共 %n 份作業，最近截止的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="107"/>
        <source>Assignment</source>
        <translation>作業</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="108"/>
        <source>{name} (facilitator)</source>
        <translation>{name}（帶領人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="115"/>
        <source>Posted by {name}</source>
        <translation>發布者：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="126"/>
        <source>✓ read</source>
        <translation>✓ 已讀完</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="127"/>
        <source>{percent}% read</source>
        <translation>已讀 {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="128"/>
        <source>{label} (not in your library)</source>
        <translation>{label}（不在你的文庫中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="134"/>
        <source>Finished: {names}</source>
        <translation>已讀完：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="145"/>
        <source>due {date} (past)</source>
        <translation>{date} 截止（已過期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="147"/>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/assignments_panel.py" line="148"/>
        <source>due {date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} 截止（還有 %n 天）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="299"/>
        <location filename="../../app/ui/notes/panels.py" line="309"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="300"/>
        <location filename="../../app/ui/notes/panels.py" line="312"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="308"/>
        <source>Go There</source>
        <translation>前往此處</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="310"/>
        <source>Copy Quote</source>
        <translation>複製引文</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="41"/>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="42"/>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="43"/>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="44"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="45"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/common/dialogs.py" line="48"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialogs.py" line="49"/>
        <source>Save a Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialogs.py" line="50"/>
        <source>Quit Without Saving</source>
        <translation>不儲存並結束</translation>
    </message>
</context>
<context>
    <name>DictionaryCard</name>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="114"/>
        <source>Add to My Words</source>
        <translation>加入我的生詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="115"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="116"/>
        <source>CC-CEDICT</source>
        <translation>CC-CEDICT</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="142"/>
        <source>Not in the dictionary as one word; by its parts:</source>
        <translation>詞典未收此詞，拆分釋義：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="154"/>
        <source>Cantonese: {jyutping}</source>
        <translation>粵語：{jyutping}</translation>
    </message>
</context>
<context>
    <name>DictionaryController</name>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="128"/>
        <source>My Words</source>
        <translation>我的生詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="136"/>
        <source>&lt;p&gt;The dictionary is CC-CEDICT, the community-maintained Chinese–English dictionary published by MDBG, under the Creative Commons Attribution-ShareAlike 4.0 licence (version of {date}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;詞典為 CC-CEDICT（由 MDBG 發布、社群維護的漢英詞典），依創用 CC 姓名標示-相同方式分享 4.0 授權條款使用（版本日期 {date}）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="193"/>
        <source>Looking up…</source>
        <translation>正在查詢…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="194"/>
        <source>Loading the dictionary…</source>
        <translation>正在載入詞典…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="216"/>
        <source>This word could not be looked up: {reason}</source>
        <translation>無法查詢這個詞：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="227"/>
        <source>{word} was not added to My Words.</source>
        <translation>「{word}」沒有加入我的生詞。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="233"/>
        <location filename="../../app/ui/dictionary/controller.py" line="320"/>
        <source>The dictionary could not be loaded: {reason}</source>
        <translation>無法載入詞典：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="314"/>
        <source>Select a Chinese word to add it to My Words.</source>
        <translation>請先選取一個中文詞語，再把它加入我的生詞。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="336"/>
        <source>{word} is in My Words already.</source>
        <translation>「{word}」已在我的生詞中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="344"/>
        <source>{word} added to My Words.</source>
        <translation>已將「{word}」加入我的生詞。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="351"/>
        <source>The essay this word came from is not in the library.</source>
        <translation>這個詞出自的文章已不在文庫中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="357"/>
        <source>The word is no longer in its essay.</source>
        <translation>文章中已找不到這個詞。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="365"/>
        <location filename="../../app/ui/dictionary/controller.py" line="372"/>
        <source>Export My Words</source>
        <translation>匯出我的生詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="366"/>
        <source>CSV for Anki (*.csv)</source>
        <translation>Anki 用 CSV（*.csv）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="373"/>
        <source>The file could not be written: {reason}</source>
        <translation>無法寫入檔案：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="375"/>
        <source>My words exported to {path}.</source>
        <translation>我的生詞已匯出到 {path}。</translation>
    </message>
</context>
<context>
    <name>DiscussionController</name>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="51"/>
        <source>The discussion is a study group&apos;s: join or create one first.</source>
        <translation>討論屬於學習小組：請先加入或建立小組。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="75"/>
        <source>This essay: {title}</source>
        <translation>本篇：{title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="78"/>
        <source>Assignment</source>
        <translation>作業</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="79"/>
        <source>Assignment: {title} (due {date})</source>
        <translation>作業：{title}（{date} 截止）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="104"/>
        <location filename="../../app/ui/group/discussion.py" line="110"/>
        <source>Export Discussion</source>
        <translation>匯出討論</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="111"/>
        <source>The discussion could not be saved: {reason}</source>
        <translation>無法儲存討論：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="113"/>
        <source>Discussion exported to {name}.</source>
        <translation>討論已匯出到 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="146"/>
        <source>1 new reply to your notes: File → Discussion… shows it.</source>
        <translation>你的筆記有 1 則新回覆：檔案 → 討論… 可查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion.py" line="147"/>
        <source>%n new replies to your notes: File → Discussion… shows them.</source>
        <translation>
            <numerusform>你的筆記有 %n 則新回覆：檔案 → 討論… 可查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="81"/>
        <source>Discussion</source>
        <translation>討論</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="82"/>
        <source>Discussion of:</source>
        <translation>討論範圍：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="83"/>
        <source>Export:</source>
        <translation>匯出：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="86"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="101"/>
        <source>%n open question(s), most voted first. Double-click a note to go to it.</source>
        <translation>
            <numerusform>%n 個待解答的問題，贊同最多的在前。雙擊筆記可跳轉過去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="104"/>
        <source>Open questions (%n)</source>
        <translation>
            <numerusform>待解答的問題（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="109"/>
        <source>{mark} %n member(s) did not understand “{text}”: {who}</source>
        <translation>
            <numerusform>{mark} %n 人沒看懂「{text}」：{who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="115"/>
        <source>不懂 hot spots (%n)</source>
        <translation>
            <numerusform>大家不懂的地方（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="116"/>
        <source>Answered questions (%n)</source>
        <translation>
            <numerusform>已解答的問題（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="118"/>
        <source>Most-voted comments (%n)</source>
        <translation>
            <numerusform>贊同最多的評論（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="124"/>
        <source>New since you last looked (%n)</source>
        <translation>
            <numerusform>上次查看以來的新內容（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="125"/>
        <source>New since you last looked: this is your first look</source>
        <translation>上次查看以來的新內容：這是你第一次查看</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="141"/>
        <source>赞同 %n</source>
        <translation>
            <numerusform>贊同 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="143"/>
        <source>✓ resolved</source>
        <translation>✓ 已解決</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="150"/>
        <source>✓ the answer</source>
        <translation>✓ 答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="154"/>
        <source>↳ no reply yet</source>
        <translation>↳ 還沒有回覆</translation>
    </message>
</context>
<context>
    <name>EssayInfoPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="205"/>
        <source>Preparing keywords and related essays…</source>
        <translation>正在準備關鍵詞和相關文章…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="211"/>
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="212"/>
        <source>Near-duplicates</source>
        <translation>重複文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="213"/>
        <source>Related essays</source>
        <translation>相關文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="222"/>
        <source>Repeats {essay} word for word ({share}%)</source>
        <translation>與 {essay} 逐字重複（{share}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="223"/>
        <source>Repeated word for word in {essay} ({share}%)</source>
        <translation>被 {essay} 逐字重複（{share}%）</translation>
    </message>
</context>
<context>
    <name>EssayTree</name>
    <message>
        <location filename="../../app/ui/library/tree.py" line="146"/>
        <source>Sample essays</source>
        <translation>範例文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/tree.py" line="148"/>
        <source>My library</source>
        <translation>我的文庫</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/tree.py" line="202"/>
        <source>Assigned, due {date}</source>
        <translation>已指派為作業，{date} 截止</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="66"/>
        <source>Find in this essay (any script)</source>
        <translation>在本文中尋找（任何字體皆可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="67"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="68"/>
        <source>Next match (Enter)</source>
        <translation>下一個（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="69"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="88"/>
        <source>No matches</source>
        <translation>沒有結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="90"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 個，共 {total} 個</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../app/ui/common/fonts.py" line="89"/>
        <source>No Chinese font is installed, so Chinese text shows as empty boxes. Install one (for example Noto Sans CJK: the package fonts-noto-cjk on Debian and Ubuntu) and restart.</source>
        <translation>沒有安裝中文字型，中文顯示為空框。請安裝一種（例如 Noto Sans CJK：Debian 和 Ubuntu 上的套件 fonts-noto-cjk），然後重新啟動。</translation>
    </message>
</context>
<context>
    <name>FormWait</name>
    <message>
        <location filename="../../app/ui/shell/form_wait.py" line="31"/>
        <source>Preparing {form}…</source>
        <translation>正在準備{form}…</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <location filename="../../app/core/group_folder.py" line="44"/>
        <source>{folder} is not a group folder (it has no {file}).</source>
        <translation>{folder} 不是小組資料夾（其中沒有 {file}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="45"/>
        <source>The group file {file} could not be read ({reason}).</source>
        <translation>無法讀取小組檔案 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="46"/>
        <source>The group file {file} has no group id.</source>
        <translation>小組檔案 {file} 沒有小組編號。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="47"/>
        <source>{folder} is already a group folder; join it instead.</source>
        <translation>{folder} 已經是小組資料夾，請改為加入它。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="48"/>
        <source>{folder} could not be made a group folder ({reason}).</source>
        <translation>無法把 {folder} 設為小組資料夾（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="52"/>
        <source>members/{author} holds {count} notes files, more than {limit}: the others are not read.</source>
        <translation>members/{author} 裡有 {count} 個筆記檔案，超過 {limit} 個：其餘的不讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="54"/>
        <source>The group&apos;s notes files are larger than {limit} MB together: {count} were not read.</source>
        <translation>小組的筆記檔案合計超過 {limit} MB：有 {count} 個未讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="39"/>
        <source>it is not a notes file of this app</source>
        <translation>它不是本應用程式的筆記檔案</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="40"/>
        <source>it has no list of notes</source>
        <translation>其中沒有筆記清單</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="41"/>
        <source>it is incomplete or damaged</source>
        <translation>檔案不完整或已損壞</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="63"/>
        <source>{file} could not be read ({reason}); it is skipped for now.</source>
        <translation>無法讀取 {file}（{reason}），暫時略過。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="64"/>
        <source>{file} is skipped until it is whole ({reason}); it may still be arriving.</source>
        <translation>{file} 暫時略過，直到它完整為止（{reason}）；它可能仍在同步中。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="66"/>
        <source>{file}: {count} entries that are not notes were skipped.</source>
        <translation>{file}：略過了 {count} 個不是筆記的項目。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="49"/>
        <source>{file} is not a regular file (a link, device, pipe or folder); it is not read.</source>
        <translation>{file} 不是一般檔案（是連結、裝置、管道或資料夾），不予讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="51"/>
        <source>{file} is larger than {limit} KB; it is not read.</source>
        <translation>{file} 大於 {limit} KB，不予讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="67"/>
        <source>{file} is set aside: {reason}.</source>
        <translation>{file} 已擱置：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="68"/>
        <source>it says it is by {author}, but it is in another member&apos;s folder</source>
        <translation>它自稱由 {author} 所寫，卻位於另一位成員的資料夾中</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="42"/>
        <source>{file}: {count} notes by another author than the folder&apos;s were set aside.</source>
        <translation>{file}：{count} 則署名不是該資料夾作者的筆記已擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="44"/>
        <source>{file}: {count} notes dated more than a day ahead were set aside.</source>
        <translation>{file}：{count} 則時間超前一天以上的筆記已擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="45"/>
        <source>{file}: {count} notes with a field of the wrong type were set aside.</source>
        <translation>{file}：{count} 則含有類型錯誤欄位的筆記已擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="46"/>
        <source>{file}: {count} notes longer than the limit were set aside.</source>
        <translation>{file}：{count} 則超出長度上限的筆記已擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="47"/>
        <source>{file}: {count} notes past the limit of {limit} were set aside.</source>
        <translation>{file}：超出 {limit} 則上限的 {count} 則筆記已擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="48"/>
        <source>{file}: the member&apos;s name is longer than {limit} characters; it is cut.</source>
        <translation>{file}：成員名稱超過 {limit} 個字元，已截短。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="69"/>
        <source>{file} is not merged: its signature does not match its content (changed by someone else, or damaged). Its last good copy is shown.</source>
        <translation>{file} 未合併：其簽章與內容不符（被他人改動或已損壞）。顯示的是它上一份完好的副本。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="72"/>
        <source>Someone is writing as {name}: {file} is signed by a device not vouched for by one known for {name}. It is not merged until you accept it (group trust {author}).</source>
        <translation>有人在冒充 {name} 書寫：{file} 由一台未經 {name} 已知裝置擔保的裝置簽章。在你接受之前不會合併（group trust {author}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="75"/>
        <source>{file} is not signed, but {name} signs their files: it is not merged. Its last good copy is shown.</source>
        <translation>{file} 沒有簽章，但 {name} 的檔案都有簽章：未合併。顯示的是它上一份完好的副本。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="78"/>
        <source>{file} is not signed (an older version of the app wrote it); it is taken as {name}&apos;s.</source>
        <translation>{file} 沒有簽章（由舊版本的應用程式寫入）；暫且視為 {name} 的檔案。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="80"/>
        <source>{name} writes from a new device ({file}), vouched for by a device already known.</source>
        <translation>{name} 從一台新裝置書寫（{file}），已由其已知裝置擔保。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="58"/>
        <source>{file}: {count} votes, answers or assignments speaking for another member were set aside.</source>
        <translation>{file}：{count} 則代替其他成員發言的贊同、答案或作業已被擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="60"/>
        <source>{file}: {count} votes, answers or assignments with a field of the wrong type were set aside.</source>
        <translation>{file}：{count} 則欄位類型有誤的贊同、答案或作業已被擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="62"/>
        <source>{file}: {count} votes, answers or assignments past the limit of {limit} were set aside.</source>
        <translation>{file}：超出 {limit} 則上限的 {count} 則贊同、答案或作業已被擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="64"/>
        <source>{file}: {count} votes, answers or assignments dated more than a day ahead were set aside.</source>
        <translation>{file}：{count} 則時間超前一天以上的贊同、答案或作業已被擱置。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_identity.py" line="25"/>
        <source>Two members call themselves {name} (members/{first} and members/{second}): notes signed {name} may be by either.</source>
        <translation>有兩位成員都自稱 {name}（members/{first} 與 members/{second}）：署名 {name} 的筆記可能出自其中任何一位。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_identity.py" line="28"/>
        <source>{name} (members/{author}) chose the colour another member already has; they are shown in another colour.</source>
        <translation>{name}（members/{author}）選的顏色已有其他成員使用；改以另一種顏色顯示。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_replay.py" line="21"/>
        <source>{file} is older than a version of it already read (someone put an old copy back): it is not believed; its last believed notes are shown.</source>
        <translation>{file} 比已讀過的版本還舊（有人放回了舊副本）：不予採信；顯示最後一次採信的筆記。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_replay.py" line="24"/>
        <source>{file} is gone from the group folder: its last believed notes are still shown.</source>
        <translation>{file} 已從小組資料夾中消失：仍顯示最後一次採信的筆記。</translation>
    </message>
</context>
<context>
    <name>GroupController</name>
    <message>
        <location filename="../../app/ui/group/controller.py" line="65"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="120"/>
        <location filename="../../app/ui/group/controller.py" line="123"/>
        <location filename="../../app/ui/group/controller.py" line="127"/>
        <source>Create Group Folder</source>
        <translation>建立小組資料夾</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="123"/>
        <source>The group&apos;s name:</source>
        <translation>小組名稱：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="130"/>
        <location filename="../../app/ui/group/controller.py" line="133"/>
        <source>Join Group Folder</source>
        <translation>加入小組資料夾</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="137"/>
        <source>Leave Group</source>
        <translation>退出小組</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="139"/>
        <source>Your notes stay with you. Your shared notes in the group folder:</source>
        <translation>你的筆記仍保留在你這裡。小組資料夾中你共享的筆記：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="140"/>
        <source>Leave them for the group</source>
        <translation>留給小組</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="140"/>
        <source>Withdraw them</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="146"/>
        <source>You left the group; your notes stay with you. Your shared notes were withdrawn from the group folder.</source>
        <translation>你已退出小組，你的筆記仍保留在你這裡。你共享的筆記已從小組資料夾撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="148"/>
        <source>You left the group; your notes stay with you. Your shared notes stay in the group folder for the others.</source>
        <translation>你已退出小組，你的筆記仍保留在你這裡。你共享的筆記仍留在小組資料夾中供其他成員閱讀。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="153"/>
        <source>My Colour</source>
        <translation>我的顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="161"/>
        <source>Trust a New Device</source>
        <translation>信任新裝置</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="164"/>
        <source>No member is writing from a new device that waits for your trust.</source>
        <translation>沒有成員在用等待你信任的新裝置寫筆記。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="169"/>
        <source>Only trust a device when you know it is this member&apos;s own (ask them):</source>
        <translation>只有確認這台裝置屬於該成員本人時才信任它（先問問對方）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="174"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="175"/>
        <source>The name your study group sees on your notes:</source>
        <translation>學習小組在你的筆記上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="229"/>
        <source>New notes are shared with the group</source>
        <translation>新筆記將與小組共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="229"/>
        <source>New notes stay private</source>
        <translation>新筆記僅自己可見</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="235"/>
        <source>Export One Member&apos;s Notes</source>
        <translation>匯出某位成員的筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="235"/>
        <source>Member:</source>
        <translation>成員：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="247"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="254"/>
        <location filename="../../app/ui/group/controller.py" line="277"/>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web 註解 (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="263"/>
        <location filename="../../app/ui/group/controller.py" line="269"/>
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="269"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>無法把筆記寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="273"/>
        <source>Notes exported to {path}</source>
        <translation>筆記已匯出到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="276"/>
        <location filename="../../app/ui/group/controller.py" line="294"/>
        <location filename="../../app/ui/group/controller.py" line="310"/>
        <location filename="../../app/ui/group/controller.py" line="319"/>
        <source>Import Web Annotations</source>
        <translation>匯入 Web 註解</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="295"/>
        <source>{path} could not be imported: {reason}</source>
        <translation>無法匯入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="301"/>
        <source>import notes</source>
        <translation>匯入筆記</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="303"/>
        <source>Imported %n new or changed note.</source>
        <translation>
            <numerusform>已匯入 %n 則新的或更改過的筆記。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="304"/>
        <source>Imported %n new or changed notes.</source>
        <translation>
            <numerusform>已匯入 %n 則新的或更改過的筆記。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="306"/>
        <source>Skipped %n note(s) by other authors.</source>
        <translation>
            <numerusform>已略過其他作者的 %n 則筆記。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="311"/>
        <source>Not imported, with the reason:</source>
        <translation>以下未匯入（附原因）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="320"/>
        <source>%n of these notes were written by other authors. Your notes are shared under your name: skip theirs, or import them as your own?</source>
        <translation>
            <numerusform>其中 %n 則筆記由其他作者所寫。你的筆記以你的名字共享：略過這些筆記，還是作為你自己的筆記匯入？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="323"/>
        <source>Skip them</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="323"/>
        <source>Import them as mine</source>
        <translation>作為我的筆記匯入</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <location filename="../../app/services/group_notices.py" line="11"/>
        <source>This window is read-only; the group cannot be changed here.</source>
        <translation>此視窗為唯讀，無法在這裡變更小組。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="12"/>
        <source>The group folder is out of reach: the group&apos;s notes are shown as they were last seen.</source>
        <translation>無法存取小組資料夾：小組的筆記按最後一次看到的樣子顯示。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="14"/>
        <source>The group folder is back: the group&apos;s notes are up to date.</source>
        <translation>小組資料夾已恢復：小組的筆記已是最新。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="15"/>
        <source>The group folder is out of reach; your notes are safe here and will be shared when it is back.</source>
        <translation>無法存取小組資料夾；你的筆記安全地保存在本機，資料夾恢復後會自動共享。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="25"/>
        <source>The group folder {folder} now names another group; you stay in the group you joined.</source>
        <translation>小組資料夾 {folder} 現在寫著另一個小組；你仍留在加入時的小組。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="18"/>
        <source>{color} is not a colour; give it as #rrggbb.</source>
        <translation>{color} 不是顏色，請以 #rrggbb 形式給出。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="19"/>
        <source>The new device writing as {name} is accepted; its notes are merged from now on.</source>
        <translation>已接受以 {name} 身分書寫的新裝置；從現在起合併它的筆記。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="21"/>
        <source>No device is waiting to be accepted for {author}.</source>
        <translation>沒有等待接受的 {author} 的裝置。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="22"/>
        <source>The group folder cannot be written now ({reason}); your notes are safe here and will be shared later.</source>
        <translation>現在無法寫入小組資料夾（{reason}）；你的筆記安全地保存在本機，稍後會再共享。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/ui/print/document.py" line="162"/>
        <location filename="../../app/ui/print/vertical_pages.py" line="252"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 頁，共 {count} 頁</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="238"/>
        <source>Notes whose passage could not be found</source>
        <translation>找不到原文段落的筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="288"/>
        <source>(answer)</source>
        <translation>（答案）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="295"/>
        <source>Discussion sheet</source>
        <translation>討論單</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="306"/>
        <source>No notes to discuss.</source>
        <translation>沒有可討論的筆記。</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="97"/>
        <source>The whole group&apos;s</source>
        <translation>全組的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="98"/>
        <source>Mine only</source>
        <translation>僅我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="98"/>
        <location filename="../../app/ui/print/dialog.py" line="126"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="106"/>
        <source>Add a discussion sheet</source>
        <translation>附加討論單</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="108"/>
        <source>by essay, or only notes tagged… (e.g. 讨论)</source>
        <translation>按文章，或僅限帶此標籤的筆記…（如 討論）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="123"/>
        <source>Vertical text (直排), columns right to left</source>
        <translation>直排，由右至左分行</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="126"/>
        <source>Over rare characters</source>
        <translation>標注罕用字</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="127"/>
        <source>Over every character</source>
        <translation>標注每個字</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="131"/>
        <source>Pinyin</source>
        <translation>漢語拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="131"/>
        <source>Zhuyin (Bopomofo)</source>
        <translation>注音符號</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="132"/>
        <source>Jyutping (Cantonese)</source>
        <translation>粵拼（粵語）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="143"/>
        <source>Script form</source>
        <translation>文字形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="144"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="146"/>
        <source>Sheet tag</source>
        <translation>討論單標籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="148"/>
        <source>Readings</source>
        <translation>讀音標注</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="149"/>
        <source>Reading system</source>
        <translation>標音系統</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="153"/>
        <source>Essays to print</source>
        <translation>要列印的文章</translation>
    </message>
</context>
<context>
    <name>HeatController</name>
    <message numerus="yes">
        <location filename="../../app/ui/group/heat.py" line="76"/>
        <source>%n member(s) here</source>
        <translation>
            <numerusform>這裡有 %n 人做了標註</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/heat.py" line="83"/>
        <source>and %n more</source>
        <translation>
            <numerusform>還有 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/heat.py" line="84"/>
        <source>Click to open the thread</source>
        <translation>點擊開啟討論串</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/core/library.py" line="161"/>
        <source>The essay folder {folder} does not exist.</source>
        <translation>文章資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/core/library.py" line="162"/>
        <location filename="../../app/core/importers/document.py" line="32"/>
        <source>{file} holds no essay text.</source>
        <translation>{file} 中沒有文章正文。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="27"/>
        <location filename="../../app/core/importers/document.py" line="47"/>
        <source>{file} could not be read: {reason}</source>
        <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="28"/>
        <source>{file} is not a regular file (a device, pipe or folder).</source>
        <translation>{file} 不是一般檔案（而是裝置、管線或資料夾）。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="29"/>
        <source>{file} is {size} MB; essay files over {limit} MB are not opened.</source>
        <translation>{file} 有 {size} MB；超過 {limit} MB 的文章檔案不會開啟。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="30"/>
        <source>{file} looks like a binary file, not text.</source>
        <translation>{file} 看起來是二進位檔案，不是文字。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="31"/>
        <source>{file} has 1 damaged character (shown as �); the rest of it was read.</source>
        <translation>{file} 有 1 個損壞的字元（顯示為 �）；其餘部分已讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="33"/>
        <source>{file} has {count} damaged characters (shown as �); the rest of it was read.</source>
        <translation>{file} 有 {count} 個損壞的字元（顯示為 �）；其餘部分已讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="35"/>
        <source>{file} is not in an encoding we recognise (UTF-8, GB18030, Big5).</source>
        <translation>{file} 的編碼無法辨識（支援 UTF-8、GB18030、Big5）。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="37"/>
        <source>{file} is damaged: it is not valid {encoding}.</source>
        <translation>{file} 已損壞：不是有效的 {encoding}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="20"/>
        <source>{file}: {kind} files cannot be imported (supported: {supported}).</source>
        <translation>{file}：不能匯入 {kind} 檔案（支援：{supported}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="22"/>
        <source>files without an extension</source>
        <translation>沒有副檔名的</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="23"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="24"/>
        <source>{file} is {size} MB; files over {limit} MB are not imported.</source>
        <translation>{file} 有 {size} MB；超過 {limit} MB 的檔案不會匯入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="25"/>
        <source>{file} is nested too deeply to be read.</source>
        <translation>{file} 巢狀過深，無法讀取。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="26"/>
        <source>{file} is not a Word document (it has no {part}).</source>
        <translation>{file} 不是 Word 文件（其中沒有 {part}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="27"/>
        <source>{file} is damaged: its document has no body.</source>
        <translation>{file} 已損壞：文件沒有正文。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="28"/>
        <source>{file} is not an EPUB book (it has no {part}).</source>
        <translation>{file} 不是 EPUB 電子書（其中沒有 {part}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="29"/>
        <source>{file} is damaged: its book has no chapters.</source>
        <translation>{file} 已損壞：書中沒有章節。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="30"/>
        <source>{file} is protected by DRM (encrypted); it cannot be imported.</source>
        <translation>{file} 受 DRM 保護（已加密），無法匯入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="31"/>
        <source>{file} is damaged: it does not say where its book is.</source>
        <translation>{file} 已損壞：找不到書的內容位置。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="33"/>
        <source>{file} is password-protected (encrypted) or an old-style {kind} file; save it unprotected as .docx/.epub and import that.</source>
        <translation>{file} 有密碼保護（已加密）或是舊式 {kind} 檔案；請另存為不加密的 .docx/.epub 後再匯入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="36"/>
        <source>{file} is damaged: it is not a readable {kind} file.</source>
        <translation>{file} 已損壞：不是可讀取的 {kind} 檔案。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="37"/>
        <source>{file} is damaged: {part} is missing.</source>
        <translation>{file} 已損壞：缺少 {part}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="38"/>
        <source>{file} is encrypted; it cannot be imported.</source>
        <translation>{file} 已加密，無法匯入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="39"/>
        <source>{file} looks like a zip bomb ({part} unpacks to {size} MB); it was not opened.</source>
        <translation>{file} 看起來是壓縮炸彈（{part} 解壓後有 {size} MB），未開啟。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="41"/>
        <source>{file} unpacks to more text than an essay file holds; it was not opened (a zip bomb?).</source>
        <translation>{file} 解壓後的文字遠超文章檔案應有的大小，未開啟（可能是壓縮炸彈）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="43"/>
        <source>{file} is damaged: {part} cannot be unpacked.</source>
        <translation>{file} 已損壞：無法解壓 {part}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="44"/>
        <source>{file}: {part} declares XML entities; refused for safety.</source>
        <translation>{file}：{part} 宣告了 XML 實體，為安全起見已拒絕。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="45"/>
        <source>{file} is damaged: {part} is not valid XML.</source>
        <translation>{file} 已損壞：{part} 不是有效的 XML。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="46"/>
        <source>{file} is not a regular file.</source>
        <translation>{file} 不是一般檔案。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="48"/>
        <source>The copy of {file} in the library could not be read: {reason}</source>
        <translation>無法讀取文庫中 {file} 的副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="49"/>
        <source>{file} is already in the library as “{title}”.</source>
        <translation>{file} 已在文庫中，名為「{title}」。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="50"/>
        <source>{file} was not imported: the library already has a collection from a file of that name.</source>
        <translation>{file} 未匯入：文庫中已有來自同名檔案的文集。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="52"/>
        <source>{file} could not be saved in the library: {reason}</source>
        <translation>無法把 {file} 儲存到文庫：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="53"/>
        <source>The import failed unexpectedly; details are in the log.</source>
        <translation>匯入意外失敗；詳情見日誌。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="54"/>
        <source>The clipboard holds no text.</source>
        <translation>剪貼簿中沒有文字。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="55"/>
        <source>The imported collection in {folder} could not be read ({reason}).</source>
        <translation>無法讀取 {folder} 中匯入的文集（{reason}）。</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <location filename="../../app/services/instance.py" line="133"/>
        <source>the data folder&apos;s lock cannot be checked: {reason}</source>
        <translation>無法檢查資料夾的鎖：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/instance.py" line="136"/>
        <source>this data folder&apos;s lock file was removed or replaced, so another Jiangxin Reader may be saving there now; this window no longer saves. Close the other window, then choose File → Merge My Changes In.</source>
        <translation>資料夾的鎖檔已被刪除或取代，另一個匠心閱讀視窗可能正在那裡儲存；此視窗不再儲存。請關閉另一個視窗，再選「檔案 → 合併我的變更」。</translation>
    </message>
    <message>
        <location filename="../../app/services/instance.py" line="196"/>
        <source>this window has let go of its data folder</source>
        <translation>此視窗已釋放其資料夾</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="35"/>
        <source>&amp;Highlight</source>
        <translation>劃線(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="36"/>
        <source>&amp;Comment</source>
        <translation>評論(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="37"/>
        <source>&amp;Question</source>
        <translation>提問(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="38"/>
        <source>&amp;Don&apos;t understand (不懂)</source>
        <translation>不懂(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/ui/library/controller.py" line="69"/>
        <location filename="../../app/ui/library/controller.py" line="81"/>
        <location filename="../../app/ui/library/controller.py" line="143"/>
        <source>Import Essays</source>
        <translation>匯入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="69"/>
        <source>Essays ({patterns});;All files (*)</source>
        <translation>文章 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="77"/>
        <source>An import is still running; try again when it ends.</source>
        <translation>仍有匯入在進行；請在其結束後再試。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="81"/>
        <source>There is nothing to import here.</source>
        <translation>這裡沒有可匯入的內容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="87"/>
        <source>Update Collection</source>
        <translation>更新文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="88"/>
        <source>“{title}” was imported from a file named {name}. Update it with this file? Notes find their passages again.</source>
        <translation>“{title}”是從名為 {name} 的檔案匯入的。要用這個檔案更新它嗎？筆記會重新找到各自的段落。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="99"/>
        <source>Paste as New Essay</source>
        <translation>貼上為新文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="99"/>
        <source>The clipboard holds no text.</source>
        <translation>剪貼簿中沒有文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="125"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="130"/>
        <source>Importing {name}…</source>
        <translation>正在匯入 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/controller.py" line="138"/>
        <source>Imported %n collection.</source>
        <translation>
            <numerusform>已匯入 %n 個文集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/controller.py" line="139"/>
        <source>Imported %n collections.</source>
        <translation>
            <numerusform>已匯入 %n 個文集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="164"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="165"/>
        <source>Update from File…</source>
        <translation>從檔案更新…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="168"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="169"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="172"/>
        <source>Remove from Library</source>
        <translation>從文庫中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="185"/>
        <location filename="../../app/ui/library/controller.py" line="187"/>
        <source>Rename Collection</source>
        <translation>重新命名文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="185"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="190"/>
        <source>Update “{title}” from a File</source>
        <translation>從檔案更新“{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="191"/>
        <source>Essays ({patterns})</source>
        <translation>文章 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="202"/>
        <source>Remove “{title}”</source>
        <translation>移除“{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="203"/>
        <source>Removed “{title}” from the library; its notes are kept (Undo brings it back).</source>
        <translation>已從文庫中移除“{title}”；其筆記仍保留（復原可恢復）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="301"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="301"/>
        <source>This language is not available.</source>
        <translation>此語言暫不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="307"/>
        <source>Reload Essays</source>
        <translation>重新載入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="308"/>
        <source>Essays reloaded.</source>
        <translation>文章已重新載入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="340"/>
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心閱讀 {version}&lt;/h3&gt;&lt;p&gt;一起讀中文文章，各用自己習慣的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="342"/>
        <source>About Jiangxin Reader</source>
        <translation>關於匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="36"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="37"/>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="36"/>
        <source>Highlight in Col&amp;our</source>
        <translation>按顏色高亮(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="37"/>
        <source>Lan&amp;guage</source>
        <translation>介面語言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="38"/>
        <source>&amp;Readings</source>
        <translation>讀音標注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="38"/>
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="39"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="39"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="361"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="362"/>
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="363"/>
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章顯示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="365"/>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="367"/>
        <source>Notes and settings are not saved in this window; see the message at start-up.</source>
        <translation>本視窗不會儲存筆記和設定；詳見啟動時的提示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="372"/>
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="384"/>
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 約 {minutes} 分鐘 · 已讀 {percent}%</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Replies</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="64"/>
        <source>Last active</source>
        <translation>最近活動</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="65"/>
        <source>Join Group Folder…</source>
        <translation>加入小組資料夾…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="66"/>
        <source>Create Group Folder…</source>
        <translation>建立小組資料夾…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="75"/>
        <source>Group: {name}</source>
        <translation>小組：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="76"/>
        <source>You are not in a study group. Join the group folder a member shared with you, or create one to share with your group.</source>
        <translation>你還沒有加入學習小組。可以加入組員與你共享的小組資料夾，也可以建立一個，共享給你的小組。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="85"/>
        <source>{name} (you)</source>
        <translation>{name}（你）</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../app/ui/shell/merge_action.py" line="36"/>
        <source>This window saves to the data folder again, with the notes saved there meanwhile.</source>
        <translation>此視窗重新儲存到資料夾，並保留了期間儲存在那裡的筆記。</translation>
    </message>
</context>
<context>
    <name>MergeBack</name>
    <message>
        <location filename="../../app/services/merge_back.py" line="44"/>
        <source>Another Jiangxin Reader still uses this data folder. Close it, then merge your changes again.</source>
        <translation>另一個匠心閱讀視窗仍在使用這個資料夾。請先關閉它，再合併你的變更。</translation>
    </message>
    <message>
        <location filename="../../app/services/merge_back.py" line="48"/>
        <source>The data folder could not be taken back: {reason}</source>
        <translation>無法重新取得資料夾：{reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="31"/>
        <location filename="../../app/ui/notes/dialog.py" line="60"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="54"/>
        <source>Your thoughts on this passage…</source>
        <translation>你對這段文字的想法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="56"/>
        <source>e.g. 工匠, 讨论</source>
        <translation>例如：工匠, 討論</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="58"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="59"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="61"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="68"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="150"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="151"/>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="154"/>
        <source>&amp;Undo {what}</source>
        <translation>復原{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="156"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/rows.py" line="37"/>
        <source>not in the library</source>
        <translation>不在文庫中</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="267"/>
        <location filename="../../app/ui/notes/controller.py" line="274"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="267"/>
        <location filename="../../app/ui/notes/controller.py" line="274"/>
        <source>The name your study group sees on your notes:</source>
        <translation>學習小組在你的筆記上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="298"/>
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="318"/>
        <source>This note is {name}&apos;s: only its author changes it, but you can reply.</source>
        <translation>這則筆記屬於 {name}：只有作者可以修改，但你可以回覆。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="331"/>
        <source>reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="337"/>
        <source>share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="337"/>
        <source>make private</source>
        <translation>設為私有</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="351"/>
        <source>edit note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="356"/>
        <source>change colour</source>
        <translation>更改顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="361"/>
        <source>delete highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="362"/>
        <source>Highlight deleted. Undo with {keys}.</source>
        <translation>已刪除高亮。按 {keys} 復原。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="369"/>
        <source>bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="370"/>
        <source>Bookmarked: {name}</source>
        <translation>已新增書籤：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="377"/>
        <source>Rename bookmark</source>
        <translation>重新命名書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="377"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="379"/>
        <source>rename bookmark</source>
        <translation>重新命名書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="384"/>
        <source>delete bookmark</source>
        <translation>刪除書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="385"/>
        <source>Bookmark deleted. Undo with {keys}.</source>
        <translation>已刪除書籤。按 {keys} 復原。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="421"/>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="425"/>
        <source>Edit Note…</source>
        <translation>編輯筆記…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="426"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="430"/>
        <source>Delete Highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="432"/>
        <source>Shared with the Group</source>
        <translation>與小組共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="437"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../../app/ui/notes/export.py" line="32"/>
        <location filename="../../app/ui/notes/export.py" line="75"/>
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="33"/>
        <source>Markdown (*.md);;JSON (*.json);;Readwise CSV (*.csv)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Readwise CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="55"/>
        <source>Export Notes to an Obsidian Folder</source>
        <translation>匯出筆記到 Obsidian 資料夾</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/export.py" line="65"/>
        <source>%n essay&apos;s notes exported to {path}</source>
        <translation>
            <numerusform>%n 篇文章的筆記已匯出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/export.py" line="67"/>
        <source>%n essays&apos; notes exported to {path}</source>
        <translation>
            <numerusform>%n 篇文章的筆記已匯出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="76"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>無法把筆記寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="37"/>
        <source>Notes exported to {path}</source>
        <translation>筆記已匯出到 {path}</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../app/ui/print/controller.py" line="94"/>
        <source>Print Handout</source>
        <translation>列印講義</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="115"/>
        <location filename="../../app/ui/print/controller.py" line="121"/>
        <location filename="../../app/ui/print/controller.py" line="127"/>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="121"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="128"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>無法將 PDF 寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="130"/>
        <source>PDF written to {path}</source>
        <translation>PDF 已寫入 {path}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="34"/>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="35"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="60"/>
        <source>the reason is unknown</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="61"/>
        <source>Your latest changes could not be saved: {reason}

Retry once there is room or access again, save a copy somewhere else, or quit and lose the changes made since the last save.</source>
        <translation>無法儲存你最近的變更：{reason}

請在有空間或恢復存取權限後重試，或將副本另存到別處，或者結束並放棄上次儲存以來的變更。</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="65"/>
        <location filename="../../app/ui/common/quit_guard.py" line="106"/>
        <source>Changes Not Saved</source>
        <translation>變更未儲存</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="98"/>
        <source>Save a Copy of Your Notes and Settings</source>
        <translation>儲存筆記和設定的副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="99"/>
        <source>Jiangxin Reader data (*.json)</source>
        <translation>匠心閱讀資料 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="105"/>
        <source>The copy could not be saved either: {reason}</source>
        <translation>副本也無法儲存：{reason}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../app/services/read_aloud.py" line="37"/>
        <source>The speech engine failed: {error}</source>
        <translation>語音引擎出錯：{error}</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="38"/>
        <source>The speech engine did not begin to speak. Check that the sound output works, or choose another voice in the system&apos;s speech settings.</source>
        <translation>語音引擎沒有開始朗讀。請檢查聲音輸出是否正常，或在系統的語音設定中換一個語音。</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="41"/>
        <source>The speech engine did not answer when it was started. Press Try again to start it again. {how}</source>
        <translation>語音引擎啟動時沒有回應。請按「再試一次」重新啟動它。{how}</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="44"/>
        <source>The speech engine stopped answering, so reading aloud stopped. Press Try again to restart it and go on where it stopped. {how}</source>
        <translation>語音引擎停止回應，朗讀已停止。請按「再試一次」重新啟動它，並從停下的地方繼續朗讀。{how}</translation>
    </message>
    <message>
        <location filename="../../app/services/speech_engine.py" line="25"/>
        <source>Read-aloud is not available: Qt&apos;s speech module could not be loaded ({error}).</source>
        <translation>無法朗讀：未能載入 Qt 的語音模組（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="24"/>
        <source>Add one in Settings → Time &amp; language → Speech → Add voices (Chinese), then quit Jiangxin Reader and start it again.</source>
        <translation>請在「設定 → 時間與語言 → 語音 → 新增語音」中新增中文語音，然後結束匠心閱讀並重新啟動。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="27"/>
        <source>Add one in System Settings → Accessibility → Spoken Content → System voice → Manage Voices (Chinese), then quit Jiangxin Reader and start it again.</source>
        <translation>請在「系統設定 → 輔助使用 → 朗讀內容 → 系統語音 → 管理語音」中新增中文語音，然後結束匠心閱讀並重新啟動。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="30"/>
        <source>Install speech-dispatcher and espeak-ng (for example: {command}), then quit Jiangxin Reader and start it again.</source>
        <translation>請安裝 speech-dispatcher 和 espeak-ng（例如：{command}），然後結束匠心閱讀並重新啟動。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="34"/>
        <source>Install espeak-ng&apos;s voices for speech-dispatcher (for example: {command}), then quit Jiangxin Reader and start it again.</source>
        <translation>請為 speech-dispatcher 安裝 espeak-ng 的語音（例如：{command}），然後結束匠心閱讀並重新啟動。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="37"/>
        <source>No Chinese voice is installed. {how}</source>
        <translation>系統中沒有中文語音。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="38"/>
        <source>No speech engine was found. {how}</source>
        <translation>找不到語音引擎。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="39"/>
        <source>Read-aloud needs speech-dispatcher, which is not installed. {how}</source>
        <translation>朗讀需要 speech-dispatcher，但系統中沒有安裝。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="41"/>
        <source>speech-dispatcher is installed but could not be started or reached. Run {command} in a terminal to start it and see what goes wrong, then press Try again.</source>
        <translation>speech-dispatcher 已安裝，但無法啟動或連線。請在終端機中執行 {command} 來啟動它並查看出錯原因，然後按「再試一次」。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="44"/>
        <source>The speech engine {engine} could not be started ({error}). Press Try again, or check the system&apos;s speech settings.</source>
        <translation>無法啟動語音引擎 {engine}（{error}）。請按「再試一次」，或檢查系統的語音設定。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="47"/>
        <source>If it happens again, restart speech-dispatcher (in a terminal: {command}; it starts again by itself).</source>
        <translation>如果再次發生，請重新啟動 speech-dispatcher（在終端機中執行：{command}；它會自動重新啟動）。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="50"/>
        <source>If it happens again, restart Jiangxin Reader.</source>
        <translation>如果再次發生，請重新啟動匠心閱讀。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Voice by script</source>
        <translation>依文字形式選語音</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Mandarin 普通话</source>
        <translation>國語（普通話）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Cantonese 粵語</source>
        <translation>粵語</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="125"/>
        <source>Which spoken language reads the essay: by script reads 香港繁體 in Cantonese (when the system has such a voice) and everything else in Mandarin</source>
        <translation>用哪種語言朗讀：依文字形式時，香港繁體用粵語（系統有粵語語音時），其餘用國語</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="129"/>
        <source>Stop reading</source>
        <translation>停止朗讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="130"/>
        <source>Speed</source>
        <translation>語速</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="131"/>
        <source>Reading speed (the middle is the voice&apos;s own pace)</source>
        <translation>朗讀速度（置中為語音原本的速度）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="133"/>
        <source>Stop and close</source>
        <translation>停止並關閉</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="134"/>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="135"/>
        <source>Start the speech engine again and read aloud</source>
        <translation>重新啟動語音引擎並朗讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="149"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="150"/>
        <source>Read aloud from the caret, or the selection</source>
        <translation>從游標處朗讀，或朗讀選取的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="155"/>
        <source>A–B</source>
        <translation>A–B</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="155"/>
        <source>A–…</source>
        <translation>A–…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="155"/>
        <source>A–B ✓</source>
        <translation>A–B ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="156"/>
        <source>Repeat a passage: set A at the sentence being read or at the caret</source>
        <translation>複讀一段：在正在朗讀的句子或游標處設定 A 點</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="157"/>
        <source>Set B: the passage from A to this sentence repeats</source>
        <translation>設定 B 點：從 A 到這一句反覆朗讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="158"/>
        <source>Stop repeating</source>
        <translation>停止複讀</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="164"/>
        <source>Repeats: %n</source>
        <translation>
            <numerusform>已複讀：%n 遍</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="196"/>
        <source>Starting the speech engine…</source>
        <translation>正在啟動語音引擎…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="188"/>
        <source>No Cantonese voice: reading in Mandarin, {voice}</source>
        <translation>沒有粵語語音：改用國語，{voice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="190"/>
        <source>No Mandarin voice: reading in Cantonese, {voice}</source>
        <translation>沒有國語語音：改用粵語，{voice}</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="31"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="42"/>
        <source>Your reply to {name}…</source>
        <translation>你對 {name} 的回覆…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="43"/>
        <source>this note</source>
        <translation>這則筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="47"/>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="48"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>送出（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../app/ui/shell/save_status.py" line="24"/>
        <source>Your changes could not be saved: {reason}</source>
        <translation>無法儲存你的變更：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/save_status.py" line="33"/>
        <source>Your changes are saved again.</source>
        <translation>您的變更已重新儲存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/save_status.py" line="37"/>
        <source>%n character(s) in your notes could not be stored and were saved as �.</source>
        <translation>
            <numerusform>筆記中有 %n 個字元無法儲存，已儲存為 �。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="116"/>
        <source>Search the library (any script)</source>
        <translation>搜尋文庫（任何字體皆可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="131"/>
        <source>Preparing the word index…</source>
        <translation>正在準備詞語索引…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="142"/>
        <source>%n essay</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="142"/>
        <source>%n essays</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="145"/>
        <source>%n match</source>
        <translation>
            <numerusform>%n 處相符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="146"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n 處相符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="143"/>
        <source>Nothing found for “{query}”.</source>
        <translation>沒有找到“{query}”。</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="52"/>
        <source>Update Shared Copy…</source>
        <translation>更新共享的副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="53"/>
        <source>Remove from Group…</source>
        <translation>從小組移除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="55"/>
        <source>Share with Group…</source>
        <translation>與小組共享…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="63"/>
        <source>Copy the current text of “{title}” to the group again? Members see the new version; notes follow by quote.</source>
        <translation>再次把「{title}」的目前文本複製給小組？成員會看到新版本；筆記依引文跟隨。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="65"/>
        <source>Copy “{title}” into the group folder so every member can read and annotate it? Your notes on it move to the group&apos;s copy and are shared.</source>
        <translation>把「{title}」複製到小組資料夾，讓每位成員都能閱讀和標註嗎？你在其上的筆記會移到小組的副本並共享。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="67"/>
        <source>Share with Group</source>
        <translation>與小組共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="69"/>
        <source>Sharing “{title}” with the group…</source>
        <translation>正在與小組共享「{title}」…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/share_menu.py" line="76"/>
        <source>“{title}” is shared with the group: %n essay(s).</source>
        <translation>
            <numerusform>「{title}」已與小組共享：%n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="81"/>
        <source>Remove from Group</source>
        <translation>從小組移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="82"/>
        <source>Take “{title}” out of the group folder? Members&apos; notes on it stay theirs and come back if it is shared again.</source>
        <translation>把「{title}」從小組資料夾中移除嗎？成員在其上的筆記仍歸各自所有，再次共享時會回來。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="90"/>
        <source>“{title}” was removed from the group.</source>
        <translation>「{title}」已從小組移除。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="32"/>
        <source>Select a word</source>
        <translation>選取一個詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="32"/>
        <source>Double-click</source>
        <translation>按兩下</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="33"/>
        <source>Extend the selection by a word</source>
        <translation>按詞延伸選取範圍</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="34"/>
        <source>Close the find bar</source>
        <translation>關閉尋找列</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="68"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="71"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="71"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../app/store/store.py" line="51"/>
        <source>the store is open read-only</source>
        <translation>儲存以唯讀方式開啟</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="52"/>
        <source>The backup {file} could not be read either ({reason}); starting with an empty store.</source>
        <translation>備份 {file} 也無法讀取（{reason}）；將從空白儲存開始。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="54"/>
        <source>Your notes and settings were restored from the backup of {time}.</source>
        <translation>你的筆記和設定已從 {time} 的備份還原。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="55"/>
        <source>The backup could not be written: {reason}.</source>
        <translation>無法寫入備份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="56"/>
        <source>{file} could not be read ({reason}).</source>
        <translation>無法讀取 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="57"/>
        <source>{file} could not be read ({reason}) nor moved aside; the app runs read-only so that the file is not overwritten.</source>
        <translation>無法讀取 {file}（{reason}），也無法把它移到一旁；應用程式以唯讀方式執行，以免覆寫該檔案。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="60"/>
        <source>{file} could not be read ({reason}). It was kept as {aside} and has not been changed.</source>
        <translation>無法讀取 {file}（{reason}）。它已保留為 {aside}，內容未改動。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="62"/>
        <source>This data was written by a newer version of Jiangxin Reader (format {schema}). It is open read-only so that nothing is lost; update the app to make changes.</source>
        <translation>這些資料由較新版本的匠心閱讀寫入（格式 {schema}）。為避免遺失，已以唯讀方式開啟；請更新應用程式後再修改。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="65"/>
        <source>Your data needs upgrading to this version&apos;s format, but a copy of the old file could not be kept first ({reason}). Nothing was changed; the app runs read-only until there is room on the disk.</source>
        <translation>你的資料需要升級為此版本的格式，但無法先保留舊檔案的副本（{reason}）。未做任何改動；在磁碟有空間之前，應用程式以唯讀方式執行。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="68"/>
        <source>this window no longer owns the data folder (its lock file was removed or taken over), so it does not save there</source>
        <translation>此視窗已不再擁有資料夾（其鎖檔已被刪除或被接管），因此不在那裡儲存</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="71"/>
        <source>it is not valid JSON</source>
        <translation>它不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="72"/>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="73"/>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="74"/>
        <source>it is not a regular file but a pipe, a device or a folder</source>
        <translation>它不是一般檔案，而是管道、裝置或資料夾</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="36"/>
        <source>it is nested too deeply to be a store file</source>
        <translation>它巢狀過深，不可能是儲存檔案</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="33"/>
        <source>it does not hold a JSON object</source>
        <translation>其中不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="34"/>
        <source>it has no valid schema number</source>
        <translation>沒有有效的格式版本號</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="35"/>
        <source>its &quot;{section}&quot; section is not an object</source>
        <translation>其中的「{section}」部分不是物件</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="37"/>
        <source>its &quot;{section}&quot; section is not a list</source>
        <translation>其中的「{section}」部分不是清單</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="38"/>
        <source>the reading place of {essay} is malformed</source>
        <translation>{essay} 的閱讀位置格式有誤</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="40"/>
        <source>1 note could not be read and was set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other note loaded.</source>
        <translation>有 1 則筆記無法讀取，已原樣移到儲存檔案的「{key}」下：{shown}。其他筆記均已載入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="42"/>
        <source>{count} notes could not be read and were set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other note loaded.</source>
        <translation>有 {count} 則筆記無法讀取，已原樣移到儲存檔案的「{key}」下：{shown}。其他筆記均已載入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="45"/>
        <source>1 bookmark could not be read and was set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other bookmark loaded.</source>
        <translation>有 1 個書籤無法讀取，已原樣移到儲存檔案的「{key}」下：{shown}。其他書籤均已載入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="47"/>
        <source>{count} bookmarks could not be read and were set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other bookmark loaded.</source>
        <translation>有 {count} 個書籤無法讀取，已原樣移到儲存檔案的「{key}」下：{shown}。其他書籤均已載入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="49"/>
        <source>{shown}; and {count} more</source>
        <translation>{shown}；另有 {count} 則</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="50"/>
        <source>{count} of the notes shared an id with another one; each was kept under a new id.</source>
        <translation>有 {count} 則筆記與其他筆記編號重複；每則都已以新編號保留。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="52"/>
        <source>{count} of the bookmarks shared an id with another one; each was kept under a new id.</source>
        <translation>有 {count} 個書籤與其他書籤編號重複；每個都已以新編號保留。</translation>
    </message>
    <message>
        <location filename="../../app/services/notes_load.py" line="31"/>
        <source>Your notes could not be read ({error}). Nothing is saved in this session, so the file that holds them stays as it is; details are in the log.</source>
        <translation>無法讀取你的筆記（{error}）。本次不會儲存任何內容，存放筆記的檔案保持原樣；詳情請見記錄檔。</translation>
    </message>
    <message>
        <location filename="../../app/services/persistence.py" line="36"/>
        <source>the notes could not be read, so nothing is saved over the file that holds them</source>
        <translation>筆記無法讀取，因此不會覆寫存放筆記的檔案</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <location filename="../../app/services/study_errors.py" line="8"/>
        <source>Only the one who asked can mark the answer or resolve the question.</source>
        <translation>只有提問的人才能標記答案或將問題標為已解決。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="9"/>
        <source>That note is not a reply to this question.</source>
        <translation>那則筆記不是對這個問題的回覆。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="10"/>
        <source>{due} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{due} 不是日期；請依 YYYY-MM-DD 填寫。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="11"/>
        <source>An assignment needs at least one essay.</source>
        <translation>作業至少需要一篇文章。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="12"/>
        <source>You have no assignment {id}.</source>
        <translation>你沒有作業 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="13"/>
        <source>This is for a study group; join or create one first.</source>
        <translation>這是小組的功能；請先加入或建立一個小組。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="14"/>
        <source>This window is read-only; the group&apos;s records cannot be changed here.</source>
        <translation>此視窗為唯讀；無法在這裡變更小組的紀錄。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="21"/>
        <source>There is no collection {id} in your library.</source>
        <translation>你的文庫裡沒有文集 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="22"/>
        <source>{id} is not one of your imported collections; only those can be shared.</source>
        <translation>{id} 不是你匯入的文集；只有匯入的文集才能分享。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="24"/>
        <source>You have not shared {id} with the group.</source>
        <translation>你沒有把 {id} 分享給小組。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="25"/>
        <source>The text could not be copied into the group folder ({reason}).</source>
        <translation>無法把文本複製到小組資料夾（{reason}）。</translation>
    </message>
</context>
<context>
    <name>StudyCli</name>
    <message>
        <location filename="../../app/cli/study.py" line="29"/>
        <source>Shared “{title}” with the group ({count} essays, file {file}).</source>
        <translation>已把「{title}」分享給小組（{count} 篇，檔案 {file}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="30"/>
        <source>“{id}” is no longer shared with the group.</source>
        <translation>「{id}」已不再分享給小組。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="31"/>
        <source>Posted assignment {id}, due {due}.</source>
        <translation>已發布作業 {id}，截止日期 {due}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="32"/>
        <source>You agree with {id} (赞同); it has {count} now.</source>
        <translation>你贊同了 {id}；現在共有 {count} 個贊同。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="33"/>
        <source>You already agree with {id}; a member agrees once.</source>
        <translation>你已經贊同過 {id}；每位成員只能贊同一次。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="34"/>
        <source>Your 赞同 on {id} is withdrawn.</source>
        <translation>你對 {id} 的贊同已撤回。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="35"/>
        <source>You had not agreed with {id}.</source>
        <translation>你沒有贊同過 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="36"/>
        <source>{reply} is marked as the answer to {id}.</source>
        <translation>{reply} 已標記為 {id} 的答案。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="37"/>
        <source>{id} has no answer marked now.</source>
        <translation>{id} 現在沒有標記的答案。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="38"/>
        <source>{id} is marked resolved.</source>
        <translation>{id} 已標記為已解決。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="39"/>
        <source>{id} is open again.</source>
        <translation>{id} 已重新開啟。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="40"/>
        <source>The group can now see how far you have read assigned essays.</source>
        <translation>小組現在可以看到你讀到作業文章的哪裡。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="41"/>
        <source>Your reading progress is no longer shared with the group.</source>
        <translation>你的閱讀進度已不再分享給小組。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="42"/>
        <source>There is no note {id} that you can see.</source>
        <translation>沒有你能看到的筆記 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="43"/>
        <source>There is no essay {id} (see `list --json`).</source>
        <translation>沒有文章 {id}（見 `list --json`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="44"/>
        <source>Give the reply&apos;s id, or --clear.</source>
        <translation>請給出回覆的 id，或使用 --clear。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="45"/>
        <source>There is no assignment {id}.</source>
        <translation>沒有作業 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="46"/>
        <source>No assignments yet.</source>
        <translation>還沒有作業。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="47"/>
        <source>{id}  due {due}  {title}  by {author}  your progress {read}%</source>
        <translation>{id}  截止 {due}  {title}  發布者 {author}  你的進度 {read}%</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="48"/>
        <source>(facilitator)</source>
        <translation>（帶領人）</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="49"/>
        <source>This data folder is in no group.</source>
        <translation>這個資料夾沒有加入小組。</translation>
    </message>
</context>
<context>
    <name>StudyNoteActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/study_actions.py" line="48"/>
        <source>赞同 %n</source>
        <translation>
            <numerusform>贊同 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="51"/>
        <source>✓ answered</source>
        <translation>✓ 已有答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="53"/>
        <source>✓ resolved</source>
        <translation>✓ 已解決</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="55"/>
        <source>✓ the answer</source>
        <translation>✓ 答案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/study_actions.py" line="73"/>
        <source>赞同 +1 (%n so far)</source>
        <translation>
            <numerusform>贊同 +1（目前 %n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="82"/>
        <source>Mark as the Answer</source>
        <translation>標為答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="92"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <location filename="../../app/ui/shell/context_menus.py" line="31"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/context_menus.py" line="34"/>
        <source>Copy Title</source>
        <translation>複製標題</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Word</source>
        <translation>詞語</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Reading</source>
        <translation>讀音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Meaning</source>
        <translation>釋義</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="66"/>
        <source>No words yet. Point at a word in the essay and choose “Add to My Words” on its card.</source>
        <translation>還沒有生詞。把游標停在文章中的詞語上，在詞卡上選「加入我的生詞」。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="68"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="69"/>
        <source>Export CSV for Anki…</source>
        <translation>匯出 Anki 用 CSV…</translation>
    </message>
</context>
<context>
    <name>VocabularyService</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="88"/>
        <source>Add to My Words</source>
        <translation>加入我的生詞</translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="98"/>
        <source>Delete from My Words</source>
        <translation>從我的生詞中刪除</translation>
    </message>
</context>
<context>
    <name>WebAnnotations</name>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="29"/>
        <source>the file holds no annotations</source>
        <translation>檔案中沒有註解</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="30"/>
        <source>the file holds no annotation collection or page</source>
        <translation>檔案中沒有註解集合或註解頁</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="31"/>
        <source>it is not an annotation</source>
        <translation>它不是註解</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="32"/>
        <source>it has no target</source>
        <translation>它沒有目標</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="33"/>
        <source>it marks an image, a sound, a video or data, not text</source>
        <translation>它標註的是圖像、聲音、影片或資料，而不是文字</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="34"/>
        <source>it could not be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="35"/>
        <source>it is nested too deeply to hold annotations</source>
        <translation>巢狀層數過深，不可能是註解</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="36"/>
        <source>it is not JSON ({reason})</source>
        <translation>它不是 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="37"/>
        <source>it is larger than {limit} MB, far more than any notes file</source>
        <translation>檔案大於 {limit} MB，遠超任何筆記檔案</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="39"/>
        <source>its annotations are in pages outside this file</source>
        <translation>它的註解在此檔案以外的頁面中</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="40"/>
        <source>its text, quote or tags are longer than a note may be</source>
        <translation>文字、引文或標籤超出了一則筆記的長度限制</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../app/ui/search/controller.py" line="111"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="112"/>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="167"/>
        <source>Search the Library for “{text}”</source>
        <translation>在文庫中搜尋“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="215"/>
        <source>Word features are unavailable: {reason}</source>
        <translation>詞語功能不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/services/workspace.py" line="42"/>
        <source>Study group</source>
        <translation>學習小組</translation>
    </message>
</context>
</TS>
