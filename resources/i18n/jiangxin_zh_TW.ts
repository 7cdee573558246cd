<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="35" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="36" />
        <source>&amp;Next Essay</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37" />
        <source>&amp;Previous Essay</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38" />
        <source>&amp;Larger Text</source>
        <translation>放大字型(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="39" />
        <source>&amp;Smaller Text</source>
        <translation>縮小字型(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40" />
        <source>&amp;Default Text Size</source>
        <translation>預設字號(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41" />
        <source>Next Script &amp;Form</source>
        <translation>切換文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47" />
        <location filename="../../app/ui/actions.py" line="50" />
        <source>Follow &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48" />
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55" />
        <source>Show &amp;Library</source>
        <translation>顯示文庫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56" />
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57" />
        <source>&amp;About Jiangxin Reader</source>
        <translation>關於匠心閱讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58" />
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="59" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="60" />
        <source>&amp;Bookmark This Place</source>
        <translation>新增書籤(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61" />
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="62" />
        <source>Highlight with &amp;Note…</source>
        <translation>高亮並寫筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66" />
        <source>Highlight &amp;Yellow</source>
        <translation>黃色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="67" />
        <source>Highlight &amp;Green</source>
        <translation>綠色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="68" />
        <source>Highlight &amp;Blue</source>
        <translation>藍色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="69" />
        <source>Highlight &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70" />
        <source>Highlight P&amp;urple</source>
        <translation>紫色高亮(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73" />
        <source>&amp;Notes Panel</source>
        <translation>筆記面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>&amp;Bookmarks Panel</source>
        <translation>書籤面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>&amp;Export Notes…</source>
        <translation>匯出筆記(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>Your &amp;Display Name…</source>
        <translation>我的顯示名稱(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>&amp;Find in Essay…</source>
        <translation>在本文中尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>&amp;Search the Library…</source>
        <translation>搜尋文庫(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>&amp;Essay Panel</source>
        <translation>文章面板(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>Highlight &amp;Whole Words</source>
        <translation>高亮整詞(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>&amp;Reload Essays</source>
        <translation>重新載入文章(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="107" />
        <source>All notes in the library</source>
        <translation>文庫中的全部筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="108" />
        <source>Filter by text…</source>
        <translation>依文字篩選…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="109" />
        <location filename="../../app/ui/panels.py" line="174" />
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="110" />
        <location filename="../../app/ui/panels.py" line="179" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="126" />
        <source>All colours</source>
        <translation>全部顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="129" />
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="158" />
        <source>⚠ The text changed; this passage could not be found.</source>
        <translation>⚠ 原文已改動，找不到這段文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="175" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="59" />
        <source>Another Jiangxin Reader is using this data folder and did not answer. This window is read-only so that neither loses notes; close the other one and start again to make changes.</source>
        <translation>另一個匠心閱讀視窗正在使用這個資料夾，但沒有回應。為了不遺失任何筆記，本視窗為唯讀；請關閉另一個視窗後重新開啟以進行修改。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="213" />
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="214" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="44" />
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="45" />
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="46" />
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="47" />
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="48" />
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>EssayInfoPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="175" />
        <source>Preparing keywords and related essays…</source>
        <translation>正在準備關鍵詞和相關文章…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="180" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="181" />
        <source>Near-duplicates</source>
        <translation>重複文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="182" />
        <source>Related essays</source>
        <translation>相關文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="189" />
        <source>Repeats {essay} word for word ({share}%)</source>
        <translation>與 {essay} 逐字重複（{share}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="190" />
        <source>Repeated word for word in {essay} ({share}%)</source>
        <translation>被 {essay} 逐字重複（{share}%）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="47" />
        <source>Find in this essay (any script)</source>
        <translation>在本文中尋找（任何字體皆可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="48" />
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="49" />
        <source>Next match (Enter)</source>
        <translation>下一個（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="50" />
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="67" />
        <source>No matches</source>
        <translation>沒有結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="69" />
        <source>{current} of {total}</source>
        <translation>第 {current} 個，共 {total} 個</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>This language is not available.</source>
        <translation>此語言暫不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273" />
        <source>Reload Essays</source>
        <translation>重新載入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274" />
        <source>Essays reloaded.</source>
        <translation>文章已重新載入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293" />
        <source>Your changes could not be saved: {reason}</source>
        <translation>無法儲存你的變更：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297" />
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心閱讀 {version}&lt;/h3&gt;&lt;p&gt;一起讀中文文章，各用自己習慣的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>About Jiangxin Reader</source>
        <translation>關於匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="306" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307" />
        <source>Highlight in &amp;Colour</source>
        <translation>按顏色高亮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309" />
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315" />
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316" />
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章顯示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320" />
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Notes and settings are not saved in this window; see the message at start-up.</source>
        <translation>本視窗不會儲存筆記和設定；詳見啟動時的提示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338" />
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 約 {minutes} 分鐘 · 已讀 {percent}%</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="58" />
        <location filename="../../app/ui/note_dialog.py" line="77" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="72" />
        <source>Your thoughts on this passage…</source>
        <translation>你對這段文字的想法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="74" />
        <source>e.g. 工匠, 讨论</source>
        <translation>例如：工匠, 討論</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="76" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="78" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="86" />
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="87" />
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="90" />
        <source>&amp;Undo {what}</source>
        <translation>復原{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="91" />
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="92" />
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="93" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="162" />
        <location filename="../../app/ui/notes_ui.py" line="169" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="162" />
        <location filename="../../app/ui/notes_ui.py" line="169" />
        <source>The name your study group sees on your notes:</source>
        <translation>學習小組在你的筆記上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="192" />
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="217" />
        <source>edit note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="222" />
        <source>change colour</source>
        <translation>更改顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="226" />
        <source>delete highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="227" />
        <source>Highlight deleted. Undo with {keys}.</source>
        <translation>已刪除高亮。按 {keys} 復原。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="234" />
        <source>bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="235" />
        <source>Bookmarked: {name}</source>
        <translation>已新增書籤：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="242" />
        <source>Rename bookmark</source>
        <translation>重新命名書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="242" />
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="244" />
        <source>rename bookmark</source>
        <translation>重新命名書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="248" />
        <source>delete bookmark</source>
        <translation>刪除書籤</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="249" />
        <source>Bookmark deleted. Undo with {keys}.</source>
        <translation>已刪除書籤。按 {keys} 復原。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="282" />
        <source>Edit Note…</source>
        <translation>編輯筆記…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="283" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="287" />
        <source>Delete Highlight</source>
        <translation>刪除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="289" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="300" />
        <location filename="../../app/ui/notes_ui.py" line="314" />
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="301" />
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="315" />
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>無法把筆記寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="318" />
        <source>Notes exported to {path}</source>
        <translation>筆記已匯出到 {path}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="106" />
        <source>Search the library (any script)</source>
        <translation>搜尋文庫（任何字體皆可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="116" />
        <source>Preparing the word index…</source>
        <translation>正在準備詞語索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="124" />
        <source>{count} essays</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="125" />
        <source>Nothing found for “{query}”.</source>
        <translation>沒有找到“{query}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="128" />
        <source>{count} matches</source>
        <translation>{count} 處</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../app/ui/words_ui.py" line="67" />
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="68" />
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="163" />
        <source>Word features are unavailable: {reason}</source>
        <translation>詞語功能不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/application.py" line="107" />
        <source>Something went wrong ({error}); your notes are safe. Details are in the log.</source>
        <translation>出了點問題（{error}）；你的筆記是安全的。詳情見日誌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="119" />
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
</context>
</TS>
