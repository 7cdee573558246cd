<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="42"/>
        <source>Save a Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="43"/>
        <source>Quit Without Saving</source>
        <translation>不保存并退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="159"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="230"/>
        <source>Notes whose passage could not be found</source>
        <translation>找不到原文段落的笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="277"/>
        <source>Discussion sheet</source>
        <translation>讨论单</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="287"/>
        <source>No notes to discuss.</source>
        <translation>没有可讨论的笔记。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <source>&amp;Next Essay</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41"/>
        <source>&amp;Previous Essay</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="42"/>
        <source>&amp;Larger Text</source>
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="44"/>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="45"/>
        <source>Next Script &amp;Form</source>
        <translation>切换文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51"/>
        <location filename="../../app/ui/actions.py" line="54"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="52"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="53"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="59"/>
        <source>Show &amp;Library</source>
        <translation>显示文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="60"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61"/>
        <source>&amp;About Jiangxin Reader</source>
        <translation>关于匠心阅读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="62"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="63"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="64"/>
        <source>&amp;Bookmark This Place</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="65"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66"/>
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70"/>
        <source>Highlight &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="71"/>
        <source>Highlight &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>Highlight &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>Highlight &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>Highlight P&amp;urple</source>
        <translation>紫色高亮(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>&amp;Notes Panel</source>
        <translation>笔记面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>书签面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79"/>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>Your &amp;Display Name…</source>
        <translation>我的显示名称(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85"/>
        <source>&amp;Find in Essay…</source>
        <translation>在本文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88"/>
        <source>&amp;Search the Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>&amp;Essay Panel</source>
        <translation>文章面板(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="90"/>
        <source>Highlight &amp;Whole Words</source>
        <translation>高亮整词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="91"/>
        <source>&amp;Reload Essays</source>
        <translation>重新载入文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="92"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="93"/>
        <source>&amp;Paste as New Essay</source>
        <translation>粘贴为新文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="94"/>
        <source>Show &amp;Sample Essays</source>
        <translation>显示示例文章(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="98"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="111"/>
        <source>All notes in the library</source>
        <translation>文库中的全部笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="112"/>
        <source>Filter by text…</source>
        <translation>按文字筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="113"/>
        <location filename="../../app/ui/panels.py" line="181"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="114"/>
        <location filename="../../app/ui/panels.py" line="189"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="130"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="133"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="162"/>
        <source>⚠ Not in the library: its essay was removed or could not be read. The note comes back to its place when the essay does.</source>
        <translation>⚠ 不在文库中：所属文章已被移除或无法读取。文章回来时，笔记也会回到原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="165"/>
        <source>⚠ The text changed; this passage could not be found.</source>
        <translation>⚠ 原文已改动，找不到这段文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="182"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="187"/>
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="64"/>
        <source>Another Jiangxin Reader is using this data folder and did not answer. This window is read-only so that neither loses notes; close the other one and start again to make changes.</source>
        <translation>另一个匠心阅读窗口正在使用这个数据文件夹，但没有响应。为了不丢失任何笔记，本窗口为只读；请关闭另一个窗口后重新打开以进行修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="113"/>
        <source>The data folder {folder} cannot be used: its lock file cannot be created ({reason}).</source>
        <translation>无法使用数据文件夹 {folder}：无法创建其锁文件（{reason}）。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/panels.py" line="226"/>
        <location filename="../../app/ui/panels.py" line="236"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="227"/>
        <location filename="../../app/ui/panels.py" line="239"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="235"/>
        <source>Go There</source>
        <translation>跳转到此处</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels.py" line="237"/>
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="44"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="45"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="46"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="47"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="48"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>EssayInfoPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="198"/>
        <source>Preparing keywords and related essays…</source>
        <translation>正在准备关键词和相关文章…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="204"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="205"/>
        <source>Near-duplicates</source>
        <translation>重复文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="206"/>
        <source>Related essays</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="215"/>
        <source>Repeats {essay} word for word ({share}%)</source>
        <translation>与 {essay} 逐字重复（{share}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="216"/>
        <source>Repeated word for word in {essay} ({share}%)</source>
        <translation>被 {essay} 逐字重复（{share}%）</translation>
    </message>
</context>
<context>
    <name>EssayTree</name>
    <message>
        <location filename="../../app/ui/essay_tree.py" line="138"/>
        <source>Sample essays</source>
        <translation>示例文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/essay_tree.py" line="140"/>
        <source>My library</source>
        <translation>我的文库</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="47"/>
        <source>Find in this essay (any script)</source>
        <translation>在本文中查找（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="48"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="49"/>
        <source>Next match (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="50"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="69"/>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="71"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="75"/>
        <source>The whole group&apos;s</source>
        <translation>全组的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="76"/>
        <source>Mine only</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="76"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="78"/>
        <source>Add a discussion sheet</source>
        <translation>附加讨论单</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="80"/>
        <source>by essay, or only notes tagged… (e.g. 讨论)</source>
        <translation>按文章，或仅限带此标签的笔记…（如 讨论）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="93"/>
        <source>Script form</source>
        <translation>文字形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="94"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="96"/>
        <source>Sheet tag</source>
        <translation>讨论单标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="98"/>
        <source>Essays to print</source>
        <translation>要打印的文章</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../app/ui/library/controller.py" line="68"/>
        <location filename="../../app/ui/library/controller.py" line="80"/>
        <location filename="../../app/ui/library/controller.py" line="140"/>
        <source>Import Essays</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="68"/>
        <source>Essays ({patterns});;All files (*)</source>
        <translation>文章 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="76"/>
        <source>An import is still running; try again when it ends.</source>
        <translation>仍有导入在进行；请在其结束后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="80"/>
        <source>There is nothing to import here.</source>
        <translation>这里没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="86"/>
        <source>Update Collection</source>
        <translation>更新文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="87"/>
        <source>“{title}” was imported from a file named {name}. Update it with this file? Notes find their passages again.</source>
        <translation>“{title}”是从名为 {name} 的文件导入的。要用这个文件更新它吗？笔记会重新找到各自的段落。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="98"/>
        <source>Paste as New Essay</source>
        <translation>粘贴为新文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="98"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="124"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="129"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/controller.py" line="136"/>
        <source>Imported %n collection(s).</source>
        <translation>
            <numerusform>已导入 %n 个文集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="161"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="162"/>
        <source>Update from File…</source>
        <translation>从文件更新…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="165"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="166"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="169"/>
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="183"/>
        <location filename="../../app/ui/library/controller.py" line="185"/>
        <source>Rename Collection</source>
        <translation>重命名文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="183"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="188"/>
        <source>Update “{title}” from a File</source>
        <translation>从文件更新“{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="189"/>
        <source>Essays ({patterns})</source>
        <translation>文章 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="196"/>
        <source>Remove “{title}”</source>
        <translation>移除“{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="197"/>
        <source>Removed “{title}” from the library; its notes are kept (Undo brings it back).</source>
        <translation>已从文库中移除“{title}”；其笔记仍保留（撤销可恢复）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>This language is not available.</source>
        <translation>此语言暂不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>Reload Essays</source>
        <translation>重新载入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303"/>
        <source>Essays reloaded.</source>
        <translation>文章已重新载入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330"/>
        <source>Your changes could not be saved: {reason}</source>
        <translation>无法保存你的更改：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>Your changes are saved again.</source>
        <translation>您的更改已重新保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>%n character(s) in your notes could not be stored and were saved as �.</source>
        <translation>
            <numerusform>笔记中有 %n 个字符无法存储，已保存为 �。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心阅读 {version}&lt;/h3&gt;&lt;p&gt;一起读中文文章，各用自己习惯的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>About Jiangxin Reader</source>
        <translation>关于匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Highlight in &amp;Colour</source>
        <translation>按颜色高亮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362"/>
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363"/>
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章显示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>Notes and settings are not saved in this window; see the message at start-up.</source>
        <translation>本窗口不会保存笔记和设置；详见启动时的提示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 约 {minutes} 分钟 · 已读 {percent}%</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="58"/>
        <location filename="../../app/ui/note_dialog.py" line="79"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="74"/>
        <source>Your thoughts on this passage…</source>
        <translation>你对这段文字的想法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="76"/>
        <source>e.g. 工匠, 讨论</source>
        <translation>例如：工匠, 讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="78"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="80"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="87"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="89"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="90"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="93"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="95"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="153"/>
        <location filename="../../app/ui/notes_ui.py" line="164"/>
        <source>not in the library</source>
        <translation>不在文库中</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="176"/>
        <location filename="../../app/ui/notes_ui.py" line="183"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="176"/>
        <location filename="../../app/ui/notes_ui.py" line="183"/>
        <source>The name your study group sees on your notes:</source>
        <translation>学习小组在你的笔记上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="206"/>
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="232"/>
        <source>edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="237"/>
        <source>change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="241"/>
        <source>delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="242"/>
        <source>Highlight deleted. Undo with {keys}.</source>
        <translation>已删除高亮。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="249"/>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="250"/>
        <source>Bookmarked: {name}</source>
        <translation>已添加书签：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="257"/>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="257"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="259"/>
        <source>rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="263"/>
        <source>delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="264"/>
        <source>Bookmark deleted. Undo with {keys}.</source>
        <translation>已删除书签。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="299"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="300"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="304"/>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="306"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="317"/>
        <location filename="../../app/ui/notes_ui.py" line="331"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="318"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="332"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>无法把笔记写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_ui.py" line="335"/>
        <source>Notes exported to {path}</source>
        <translation>笔记已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../app/ui/print/controller.py" line="52"/>
        <source>Print Handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="65"/>
        <location filename="../../app/ui/print/controller.py" line="71"/>
        <location filename="../../app/ui/print/controller.py" line="77"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="71"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="78"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>无法将 PDF 写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="80"/>
        <source>PDF written to {path}</source>
        <translation>PDF 已写入 {path}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="109"/>
        <source>Search the library (any script)</source>
        <translation>搜索文库（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="124"/>
        <source>Preparing the word index…</source>
        <translation>正在准备词语索引…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="135"/>
        <source>%n essay</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="135"/>
        <source>%n essays</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="138"/>
        <source>%n match</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="139"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} essays</source>
        <translation type="vanished">{count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="136"/>
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="vanished">{count} 处</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="29"/>
        <source>Select a word</source>
        <translation>选中一个词</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="29"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="30"/>
        <source>Extend the selection by a word</source>
        <translation>按词扩展选区</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="31"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="60"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <location filename="../../app/ui/context_menus.py" line="30"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_menus.py" line="32"/>
        <source>Copy Title</source>
        <translation>复制标题</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../app/ui/words_ui.py" line="72"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="73"/>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="122"/>
        <source>Search the Library for “{text}”</source>
        <translation>在文库中搜索“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/words_ui.py" line="178"/>
        <source>Word features are unavailable: {reason}</source>
        <translation>词语功能不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/application.py" line="164"/>
        <source>Something went wrong ({error}); your notes are safe. Details are in the log.</source>
        <translation>出了点问题（{error}）；你的笔记是安全的。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="167"/>
        <source>Something went wrong ({error}), and your latest changes are not saved yet: {reason}</source>
        <translation>出了点问题（{error}），您最近的更改尚未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="190"/>
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
</context>
</TS>
