<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="39" />
        <source>&amp;Smaller Text</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40" />
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41" />
        <source>Next Script &amp;Form</source>
        <translation>切换文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47" />
        <location filename="../../app/ui/actions.py" line="50" />
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55" />
        <source>Show &amp;Library</source>
        <translation>显示文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56" />
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57" />
        <source>&amp;About Jiangxin Reader</source>
        <translation>关于匠心阅读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="59" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="60" />
        <source>&amp;Bookmark This Place</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61" />
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="62" />
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66" />
        <source>Highlight &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="67" />
        <source>Highlight &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="68" />
        <source>Highlight &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
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
        <translation>笔记面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>&amp;Bookmarks Panel</source>
        <translation>书签面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>Your &amp;Display Name…</source>
        <translation>我的显示名称(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>&amp;Find in Essay…</source>
        <translation>在本文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>&amp;Search the Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>&amp;Essay Panel</source>
        <translation>文章面板(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>Highlight &amp;Whole Words</source>
        <translation>高亮整词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>&amp;Reload Essays</source>
        <translation>重新载入文章(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="107" />
        <source>All notes in the library</source>
        <translation>文库中的全部笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="108" />
        <source>Filter by text…</source>
        <translation>按文字筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="109" />
        <location filename="../../app/ui/panels.py" line="174" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="110" />
        <location filename="../../app/ui/panels.py" line="179" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="126" />
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="129" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="158" />
        <source>⚠ The text changed; this passage could not be found.</source>
        <translation>⚠ 原文已改动，找不到这段文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="175" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="59" />
        <source>Another Jiangxin Reader is using this data folder and did not answer. This window is read-only so that neither loses notes; close the other one and start again to make changes.</source>
        <translation>另一个匠心阅读窗口正在使用这个数据文件夹，但没有响应。为了不丢失任何笔记，本窗口为只读；请关闭另一个窗口后重新打开以进行修改。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="213" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="214" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="44" />
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="45" />
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="46" />
        <source>Blue</source>
        <translation>蓝色</translation>
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
        <translation>正在准备关键词和相关文章…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="180" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="181" />
        <source>Near-duplicates</source>
        <translation>重复文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="182" />
        <source>Related essays</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="189" />
        <source>Repeats {essay} word for word ({share}%)</source>
        <translation>与 {essay} 逐字重复（{share}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="190" />
        <source>Repeated word for word in {essay} ({share}%)</source>
        <translation>被 {essay} 逐字重复（{share}%）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="47" />
        <source>Find in this essay (any script)</source>
        <translation>在本文中查找（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="48" />
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="49" />
        <source>Next match (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="50" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="67" />
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="69" />
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>This language is not available.</source>
        <translation>此语言暂不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273" />
        <source>Reload Essays</source>
        <translation>重新载入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274" />
        <source>Essays reloaded.</source>
        <translation>文章已重新载入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293" />
        <source>Your changes could not be saved: {reason}</source>
        <translation>无法保存你的更改：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297" />
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心阅读 {version}&lt;/h3&gt;&lt;p&gt;一起读中文文章，各用自己习惯的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>About Jiangxin Reader</source>
        <translation>关于匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="306" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307" />
        <source>Highlight in &amp;Colour</source>
        <translation>按颜色高亮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315" />
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316" />
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章显示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Notes and settings are not saved in this window; see the message at start-up.</source>
        <translation>本窗口不会保存笔记和设置；详见启动时的提示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="338" />
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 约 {minutes} 分钟 · 已读 {percent}%</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="58" />
        <location filename="../../app/ui/note_dialog.py" line="77" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="72" />
        <source>Your thoughts on this passage…</source>
        <translation>你对这段文字的想法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="74" />
        <source>e.g. 工匠, 讨论</source>
        <translation>例如：工匠, 讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="76" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="78" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="86" />
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="87" />
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="90" />
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="91" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>学习小组在你的笔记上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="192" />
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="217" />
        <source>edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="222" />
        <source>change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="226" />
        <source>delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="227" />
        <source>Highlight deleted. Undo with {keys}.</source>
        <translation>已删除高亮。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="234" />
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="235" />
        <source>Bookmarked: {name}</source>
        <translation>已添加书签：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="242" />
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="242" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="244" />
        <source>rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="248" />
        <source>delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="249" />
        <source>Bookmark deleted. Undo with {keys}.</source>
        <translation>已删除书签。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="282" />
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="283" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="287" />
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
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
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="301" />
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="315" />
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>无法把笔记写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="318" />
        <source>Notes exported to {path}</source>
        <translation>笔记已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="106" />
        <source>Search the library (any script)</source>
        <translation>搜索文库（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="116" />
        <source>Preparing the word index…</source>
        <translation>正在准备词语索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="124" />
        <source>{count} essays</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="125" />
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="128" />
        <source>{count} matches</source>
        <translation>{count} 处</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../app/ui/words_ui.py" line="67" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="68" />
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="163" />
        <source>Word features are unavailable: {reason}</source>
        <translation>词语功能不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/application.py" line="107" />
        <source>Something went wrong ({error}); your notes are safe. Details are in the log.</source>
        <translation>出了点问题（{error}）；你的笔记是安全的。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="119" />
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
</context>
</TS>
