<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>放大字体(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="43"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小字体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="44"/>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45"/>
        <source>Next Script &amp;Form</source>
        <translation>切换文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="51"/>
        <source>Local &amp;Quotation Marks 「」 “”</source>
        <translation>本地引号(&amp;Q) 「」 “”</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52"/>
        <location filename="../../app/ui/shell/actions.py" line="55"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
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
        <translation>不注音(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="62"/>
        <source>Readings over &amp;Rare Characters</source>
        <translation>生僻字注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="63"/>
        <source>Readings over &amp;Every Character</source>
        <translation>逐字注音(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="64"/>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65"/>
        <source>&amp;Zhuyin (Bopomofo)</source>
        <translation>注音符号(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="66"/>
        <source>&amp;Jyutping (Cantonese)</source>
        <translation>粤拼（粤语）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="68"/>
        <source>Show L&amp;ibrary</source>
        <translation>显示文库(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="75"/>
        <source>Highlight with No&amp;te…</source>
        <translation>高亮并写笔记(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="102"/>
        <source>Read Aloud / Pa&amp;use</source>
        <translation>朗读 / 暂停(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="103"/>
        <source>St&amp;op Reading Aloud</source>
        <translation>停止朗读(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="104"/>
        <source>Re&amp;peat A–B</source>
        <translation>A–B 复读(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="106"/>
        <source>Essa&amp;y Panel</source>
        <translation>文章面板(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112"/>
        <source>Show Sample &amp;Essays</source>
        <translation>显示示例文章(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121"/>
        <source>My Colo&amp;ur…</source>
        <translation>我的颜色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="122"/>
        <source>&amp;Trust a Member&apos;s New Device…</source>
        <translation>信任成员的新设备(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="124"/>
        <source>Show Ot&amp;hers&apos; Notes</source>
        <translation>显示他人的笔记(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="129"/>
        <source>Di&amp;scussion…</source>
        <translation>讨论(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="131"/>
        <source>Share My Readin&amp;g Progress</source>
        <translation>分享我的阅读进度(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="132"/>
        <source>Export One Mem&amp;ber&apos;s Notes…</source>
        <translation>导出某位成员的笔记(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134"/>
        <source>Import Web A&amp;nnotations…</source>
        <translation>导入 Web 注释(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="136"/>
        <source>Add to &amp;My Words</source>
        <translation>加入我的生词(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="137"/>
        <source>Look Up Words on Hov&amp;er</source>
        <translation>悬停时查词(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138"/>
        <source>My &amp;Words Panel</source>
        <translation>我的生词面板(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="70"/>
        <source>&amp;About Jiangxin Reader</source>
        <translation>关于匠心阅读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="72"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="73"/>
        <source>&amp;Bookmark This Place</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="76"/>
        <source>&amp;Ask a Question…</source>
        <translation>提问(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77"/>
        <source>&amp;I Don&apos;t Understand This (不懂)</source>
        <translation>我没看懂(不懂)(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="82"/>
        <source>Highlight &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="83"/>
        <source>Highlight &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="84"/>
        <source>Highlight &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
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
        <translation>笔记面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="90"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>书签面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="91"/>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="92"/>
        <source>Export Notes to an &amp;Obsidian Folder…</source>
        <translation>导出笔记到 &amp;Obsidian 文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="94"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="96"/>
        <source>Your &amp;Display Name…</source>
        <translation>我的显示名称(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="98"/>
        <source>&amp;Find in Essay…</source>
        <translation>在本文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="99"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="100"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105"/>
        <source>&amp;Search the Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="107"/>
        <source>Highlight &amp;Whole Words</source>
        <translation>高亮整词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="108"/>
        <source>&amp;Reload Essays</source>
        <translation>重新载入文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="109"/>
        <source>&amp;Merge My Changes In</source>
        <translation>合并我的更改(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="110"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="111"/>
        <source>&amp;Paste as New Essay</source>
        <translation>粘贴为新文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="113"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="114"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="115"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="116"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118"/>
        <source>&amp;Create Group Folder…</source>
        <translation>创建小组文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="119"/>
        <source>&amp;Join Group Folder…</source>
        <translation>加入小组文件夹(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="120"/>
        <source>&amp;Leave Group</source>
        <translation>退出小组(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="123"/>
        <source>Share New Notes</source>
        <translation>新笔记与小组共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="125"/>
        <source>&amp;Members Panel</source>
        <translation>成员面板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="126"/>
        <source>&amp;Assignments Panel</source>
        <translation>作业面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128"/>
        <source>New &amp;Assignment…</source>
        <translation>新建作业(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="133"/>
        <source>Export Notes as &amp;Web Annotations…</source>
        <translation>将笔记导出为 Web 注释(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="135"/>
        <source>&amp;Look Up in Dictionary</source>
        <translation>查词典(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="108"/>
        <source>All notes in the library</source>
        <translation>文库中的全部笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="109"/>
        <source>Filter by text…</source>
        <translation>按文字筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="110"/>
        <location filename="../../app/ui/notes/panels.py" line="252"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="111"/>
        <location filename="../../app/ui/notes/panels.py" line="260"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="183"/>
        <source>Everyone&apos;s notes</source>
        <translation>所有人的笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="184"/>
        <source>Only my notes</source>
        <translation>只看我的笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="187"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="191"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="151"/>
        <source>shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/notes_model.py" line="202"/>
        <source>⚠ Not in the library: its essay was removed or could not be read. The note comes back to its place when the essay does.</source>
        <translation>⚠ 不在文库中：所属文章已被移除或无法读取。文章回来时，笔记也会回到原处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/notes_model.py" line="206"/>
        <source>⚠ The text changed; this passage could not be found.</source>
        <translation>⚠ 原文已改动，找不到这段文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="244"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="253"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="258"/>
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="262"/>
        <source>Shared with the Group</source>
        <translation>与小组共享</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="70"/>
        <source>Another Jiangxin Reader is using this data folder and did not answer. This window is read-only so that neither loses notes; close the other one and start again to make changes.</source>
        <translation>另一个匠心阅读窗口正在使用这个数据文件夹，但没有响应。为了不丢失任何笔记，本窗口为只读；请关闭另一个窗口后重新打开以进行修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="139"/>
        <source>The data folder {folder} cannot be used: its lock file cannot be created ({reason}).</source>
        <translation>无法使用数据文件夹 {folder}：无法创建其锁文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="146"/>
        <source>{problem} This window is read-only: your notes and settings can be read, and new notes are kept in this window; when you quit you can save them as a copy elsewhere.</source>
        <translation>{problem} 此窗口为只读：笔记和设置可以查看，新的笔记保留在此窗口中；退出时可以将它们另存为副本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="237"/>
        <source>Loading notes…</source>
        <translation>正在载入笔记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="246"/>
        <source>Notes loaded.</source>
        <translation>笔记已载入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="227"/>
        <location filename="../../app/ui/shell/application.py" line="249"/>
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="261"/>
        <source>Starting Jiangxin Reader again cannot reach this window ({reason}); a second window opens read-only.</source>
        <translation>再次启动匠心阅读时无法连接到此窗口（{reason}）；第二个窗口将以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="197"/>
        <source>Something went wrong ({error}); your notes are safe. Details are in the log.</source>
        <translation>出了点问题（{error}）；你的笔记是安全的。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/application.py" line="201"/>
        <source>Something went wrong ({error}), and your latest changes are not saved yet: {reason}</source>
        <translation>出了点问题（{error}），您最近的更改尚未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="45"/>
        <source>New Assignment</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="49"/>
        <source>e.g. Week 3: 工匠精神</source>
        <translation>例如：第三周：工匠精神</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="64"/>
        <source>One question a line (optional)</source>
        <translation>每行一个问题（可不填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="66"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignment_dialog.py" line="72"/>
        <source>Post</source>
        <translation>发布</translation>
    </message>
</context>
<context>
    <name>AssignmentsController</name>
    <message>
        <location filename="../../app/ui/group/assignments.py" line="80"/>
        <source>Assignments</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments.py" line="139"/>
        <source>Assignment posted; due {date}.</source>
        <translation>作业已发布，截止日期 {date}。</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="85"/>
        <source>New Assignment…</source>
        <translation>新建作业…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="96"/>
        <source>Join a group to see its assignments.</source>
        <translation>加入小组后即可看到小组的作业。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="98"/>
        <source>No assignments yet. Post one with New Assignment…</source>
        <translation>还没有作业。可用“新建作业…”发布一份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/assignments_panel.py" line="100"/>
        <source>%n assignment(s), the nearest due first.</source>
        <translation>
            <numerusform>共 %n 份作业，最近截止的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="107"/>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="108"/>
        <source>{name} (facilitator)</source>
        <translation>{name}（带领人）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="115"/>
        <source>Posted by {name}</source>
        <translation>发布者：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="126"/>
        <source>✓ read</source>
        <translation>✓ 已读完</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="127"/>
        <source>{percent}% read</source>
        <translation>已读 {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="128"/>
        <source>{label} (not in your library)</source>
        <translation>{label}（不在你的文库中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="134"/>
        <source>Finished: {names}</source>
        <translation>已读完：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/assignments_panel.py" line="145"/>
        <source>due {date} (past)</source>
        <translation>{date} 截止（已过期）</translation>
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
            <numerusform>{date} 截止（还有 %n 天）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="299"/>
        <location filename="../../app/ui/notes/panels.py" line="309"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="300"/>
        <location filename="../../app/ui/notes/panels.py" line="312"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="308"/>
        <source>Go There</source>
        <translation>跳转到此处</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/panels.py" line="310"/>
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="41"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="42"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/drafts.py" line="43"/>
        <source>Blue</source>
        <translation>蓝色</translation>
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
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialogs.py" line="49"/>
        <source>Save a Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/dialogs.py" line="50"/>
        <source>Quit Without Saving</source>
        <translation>不保存并退出</translation>
    </message>
</context>
<context>
    <name>DictionaryCard</name>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="114"/>
        <source>Add to My Words</source>
        <translation>加入我的生词</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="115"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="116"/>
        <source>CC-CEDICT</source>
        <translation>CC-CEDICT</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="142"/>
        <source>Not in the dictionary as one word; by its parts:</source>
        <translation>词典未收此词，拆分释义：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/card.py" line="154"/>
        <source>Cantonese: {jyutping}</source>
        <translation>粤语：{jyutping}</translation>
    </message>
</context>
<context>
    <name>DictionaryController</name>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="128"/>
        <source>My Words</source>
        <translation>我的生词</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="136"/>
        <source>&lt;p&gt;The dictionary is CC-CEDICT, the community-maintained Chinese–English dictionary published by MDBG, under the Creative Commons Attribution-ShareAlike 4.0 licence (version of {date}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;词典为 CC-CEDICT（由 MDBG 发布、社区维护的汉英词典），依知识共享 署名-相同方式共享 4.0 许可协议使用（版本日期 {date}）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="193"/>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="194"/>
        <source>Loading the dictionary…</source>
        <translation>正在载入词典…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="216"/>
        <source>This word could not be looked up: {reason}</source>
        <translation>无法查询这个词：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="227"/>
        <source>{word} was not added to My Words.</source>
        <translation>“{word}”没有加入我的生词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="233"/>
        <location filename="../../app/ui/dictionary/controller.py" line="320"/>
        <source>The dictionary could not be loaded: {reason}</source>
        <translation>无法载入词典：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="314"/>
        <source>Select a Chinese word to add it to My Words.</source>
        <translation>请先选中一个中文词语，再把它加入我的生词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="336"/>
        <source>{word} is in My Words already.</source>
        <translation>“{word}”已在我的生词中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="344"/>
        <source>{word} added to My Words.</source>
        <translation>已将“{word}”加入我的生词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="351"/>
        <source>The essay this word came from is not in the library.</source>
        <translation>这个词出自的文章已不在文库中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="357"/>
        <source>The word is no longer in its essay.</source>
        <translation>文章中已找不到这个词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="365"/>
        <location filename="../../app/ui/dictionary/controller.py" line="372"/>
        <source>Export My Words</source>
        <translation>导出我的生词</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="366"/>
        <source>CSV for Anki (*.csv)</source>
        <translation>Anki 用 CSV（*.csv）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="373"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/controller.py" line="375"/>
        <source>My words exported to {path}.</source>
        <translation>我的生词已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>DiscussionController</name>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="51"/>
        <source>The discussion is a study group&apos;s: join or create one first.</source>
        <translation>讨论属于学习小组：请先加入或创建小组。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="75"/>
        <source>This essay: {title}</source>
        <translation>本篇：{title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="78"/>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="79"/>
        <source>Assignment: {title} (due {date})</source>
        <translation>作业：{title}（{date} 截止）</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="104"/>
        <location filename="../../app/ui/group/discussion.py" line="110"/>
        <source>Export Discussion</source>
        <translation>导出讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="111"/>
        <source>The discussion could not be saved: {reason}</source>
        <translation>无法保存讨论：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="113"/>
        <source>Discussion exported to {name}.</source>
        <translation>讨论已导出到 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion.py" line="146"/>
        <source>1 new reply to your notes: File → Discussion… shows it.</source>
        <translation>你的笔记有 1 条新回复：文件 → 讨论… 可查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion.py" line="147"/>
        <source>%n new replies to your notes: File → Discussion… shows them.</source>
        <translation>
            <numerusform>你的笔记有 %n 条新回复：文件 → 讨论… 可查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="81"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="82"/>
        <source>Discussion of:</source>
        <translation>讨论范围：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="83"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="86"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="101"/>
        <source>%n open question(s), most voted first. Double-click a note to go to it.</source>
        <translation>
            <numerusform>%n 个待解答的问题，赞同最多的在前。双击笔记可跳转过去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="104"/>
        <source>Open questions (%n)</source>
        <translation>
            <numerusform>待解答的问题（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="109"/>
        <source>{mark} %n member(s) did not understand “{text}”: {who}</source>
        <translation>
            <numerusform>{mark} %n 人没看懂“{text}”：{who}</numerusform>
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
            <numerusform>已解答的问题（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="118"/>
        <source>Most-voted comments (%n)</source>
        <translation>
            <numerusform>赞同最多的评论（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="124"/>
        <source>New since you last looked (%n)</source>
        <translation>
            <numerusform>上次查看以来的新内容（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="125"/>
        <source>New since you last looked: this is your first look</source>
        <translation>上次查看以来的新内容：这是你第一次查看</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/discussion_view.py" line="141"/>
        <source>赞同 %n</source>
        <translation>
            <numerusform>赞同 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="143"/>
        <source>✓ resolved</source>
        <translation>✓ 已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="150"/>
        <source>✓ the answer</source>
        <translation>✓ 答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/discussion_view.py" line="154"/>
        <source>↳ no reply yet</source>
        <translation>↳ 还没有回复</translation>
    </message>
</context>
<context>
    <name>EssayInfoPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="205"/>
        <source>Preparing keywords and related essays…</source>
        <translation>正在准备关键词和相关文章…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="211"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="212"/>
        <source>Near-duplicates</source>
        <translation>重复文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="213"/>
        <source>Related essays</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="222"/>
        <source>Repeats {essay} word for word ({share}%)</source>
        <translation>与 {essay} 逐字重复（{share}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="223"/>
        <source>Repeated word for word in {essay} ({share}%)</source>
        <translation>被 {essay} 逐字重复（{share}%）</translation>
    </message>
</context>
<context>
    <name>EssayTree</name>
    <message>
        <location filename="../../app/ui/library/tree.py" line="146"/>
        <source>Sample essays</source>
        <translation>示例文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/tree.py" line="148"/>
        <source>My library</source>
        <translation>我的文库</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/tree.py" line="202"/>
        <source>Assigned, due {date}</source>
        <translation>已布置为作业，{date} 截止</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="66"/>
        <source>Find in this essay (any script)</source>
        <translation>在本文中查找（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="67"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="68"/>
        <source>Next match (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="69"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="88"/>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="90"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../app/ui/common/fonts.py" line="89"/>
        <source>No Chinese font is installed, so Chinese text shows as empty boxes. Install one (for example Noto Sans CJK: the package fonts-noto-cjk on Debian and Ubuntu) and restart.</source>
        <translation>没有安装中文字体，中文显示为空框。请安装一种（例如 Noto Sans CJK：Debian 和 Ubuntu 上的软件包 fonts-noto-cjk），然后重新启动。</translation>
    </message>
</context>
<context>
    <name>FormWait</name>
    <message>
        <location filename="../../app/ui/shell/form_wait.py" line="31"/>
        <source>Preparing {form}…</source>
        <translation>正在准备{form}…</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <location filename="../../app/core/group_folder.py" line="44"/>
        <source>{folder} is not a group folder (it has no {file}).</source>
        <translation>{folder} 不是小组文件夹（其中没有 {file}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="45"/>
        <source>The group file {file} could not be read ({reason}).</source>
        <translation>无法读取小组文件 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="46"/>
        <source>The group file {file} has no group id.</source>
        <translation>小组文件 {file} 没有小组编号。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="47"/>
        <source>{folder} is already a group folder; join it instead.</source>
        <translation>{folder} 已经是小组文件夹，请改为加入它。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="48"/>
        <source>{folder} could not be made a group folder ({reason}).</source>
        <translation>无法把 {folder} 设为小组文件夹（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="52"/>
        <source>members/{author} holds {count} notes files, more than {limit}: the others are not read.</source>
        <translation>members/{author} 里有 {count} 个笔记文件，超过 {limit} 个：其余的不读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="54"/>
        <source>The group&apos;s notes files are larger than {limit} MB together: {count} were not read.</source>
        <translation>小组的笔记文件合计超过 {limit} MB：有 {count} 个未读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="39"/>
        <source>it is not a notes file of this app</source>
        <translation>它不是本应用的笔记文件</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="40"/>
        <source>it has no list of notes</source>
        <translation>其中没有笔记列表</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="41"/>
        <source>it is incomplete or damaged</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="63"/>
        <source>{file} could not be read ({reason}); it is skipped for now.</source>
        <translation>无法读取 {file}（{reason}），暂时跳过。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="64"/>
        <source>{file} is skipped until it is whole ({reason}); it may still be arriving.</source>
        <translation>{file} 暂时跳过，直到它完整为止（{reason}）；它可能仍在同步中。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="66"/>
        <source>{file}: {count} entries that are not notes were skipped.</source>
        <translation>{file}：跳过了 {count} 个不是笔记的条目。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="49"/>
        <source>{file} is not a regular file (a link, device, pipe or folder); it is not read.</source>
        <translation>{file} 不是普通文件（是链接、设备、管道或文件夹），不予读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_folder.py" line="51"/>
        <source>{file} is larger than {limit} KB; it is not read.</source>
        <translation>{file} 大于 {limit} KB，不予读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="67"/>
        <source>{file} is set aside: {reason}.</source>
        <translation>{file} 已搁置：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="68"/>
        <source>it says it is by {author}, but it is in another member&apos;s folder</source>
        <translation>它自称由 {author} 所写，却位于另一位成员的文件夹中</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="42"/>
        <source>{file}: {count} notes by another author than the folder&apos;s were set aside.</source>
        <translation>{file}：{count} 条署名不是该文件夹作者的笔记已搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="44"/>
        <source>{file}: {count} notes dated more than a day ahead were set aside.</source>
        <translation>{file}：{count} 条时间超前一天以上的笔记已搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="45"/>
        <source>{file}: {count} notes with a field of the wrong type were set aside.</source>
        <translation>{file}：{count} 条含有类型错误字段的笔记已搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="46"/>
        <source>{file}: {count} notes longer than the limit were set aside.</source>
        <translation>{file}：{count} 条超出长度上限的笔记已搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="47"/>
        <source>{file}: {count} notes past the limit of {limit} were set aside.</source>
        <translation>{file}：超出 {limit} 条上限的 {count} 条笔记已搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/member_file.py" line="48"/>
        <source>{file}: the member&apos;s name is longer than {limit} characters; it is cut.</source>
        <translation>{file}：成员名称超过 {limit} 个字符，已截短。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="69"/>
        <source>{file} is not merged: its signature does not match its content (changed by someone else, or damaged). Its last good copy is shown.</source>
        <translation>{file} 未合并：其签名与内容不符（被他人改动或已损坏）。显示的是它上一份完好的副本。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="72"/>
        <source>Someone is writing as {name}: {file} is signed by a device not vouched for by one known for {name}. It is not merged until you accept it (group trust {author}).</source>
        <translation>有人在冒充 {name} 书写：{file} 由一台未经 {name} 已知设备担保的设备签名。在你接受之前不会合并（group trust {author}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="75"/>
        <source>{file} is not signed, but {name} signs their files: it is not merged. Its last good copy is shown.</source>
        <translation>{file} 没有签名，但 {name} 的文件都有签名：未合并。显示的是它上一份完好的副本。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="78"/>
        <source>{file} is not signed (an older version of the app wrote it); it is taken as {name}&apos;s.</source>
        <translation>{file} 没有签名（由旧版本的应用写入）；暂且视为 {name} 的文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/group.py" line="80"/>
        <source>{name} writes from a new device ({file}), vouched for by a device already known.</source>
        <translation>{name} 从一台新设备书写（{file}），已由其已知设备担保。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="58"/>
        <source>{file}: {count} votes, answers or assignments speaking for another member were set aside.</source>
        <translation>{file}：{count} 条代替其他成员发言的赞同、答案或作业已被搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="60"/>
        <source>{file}: {count} votes, answers or assignments with a field of the wrong type were set aside.</source>
        <translation>{file}：{count} 条字段类型有误的赞同、答案或作业已被搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="62"/>
        <source>{file}: {count} votes, answers or assignments past the limit of {limit} were set aside.</source>
        <translation>{file}：超出 {limit} 条上限的 {count} 条赞同、答案或作业已被搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/study.py" line="64"/>
        <source>{file}: {count} votes, answers or assignments dated more than a day ahead were set aside.</source>
        <translation>{file}：{count} 条时间超前一天以上的赞同、答案或作业已被搁置。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_identity.py" line="25"/>
        <source>Two members call themselves {name} (members/{first} and members/{second}): notes signed {name} may be by either.</source>
        <translation>有两位成员都自称 {name}（members/{first} 与 members/{second}）：署名 {name} 的笔记可能出自其中任何一位。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_identity.py" line="28"/>
        <source>{name} (members/{author}) chose the colour another member already has; they are shown in another colour.</source>
        <translation>{name}（members/{author}）选的颜色已有其他成员使用；改以另一种颜色显示。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_replay.py" line="21"/>
        <source>{file} is older than a version of it already read (someone put an old copy back): it is not believed; its last believed notes are shown.</source>
        <translation>{file} 比已读过的版本还旧（有人放回了旧副本）：不予采信；显示最后一次采信的笔记。</translation>
    </message>
    <message>
        <location filename="../../app/core/group_replay.py" line="24"/>
        <source>{file} is gone from the group folder: its last believed notes are still shown.</source>
        <translation>{file} 已从小组文件夹中消失：仍显示最后一次采信的笔记。</translation>
    </message>
</context>
<context>
    <name>GroupController</name>
    <message>
        <location filename="../../app/ui/group/controller.py" line="65"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="120"/>
        <location filename="../../app/ui/group/controller.py" line="123"/>
        <location filename="../../app/ui/group/controller.py" line="127"/>
        <source>Create Group Folder</source>
        <translation>创建小组文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="123"/>
        <source>The group&apos;s name:</source>
        <translation>小组名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="130"/>
        <location filename="../../app/ui/group/controller.py" line="133"/>
        <source>Join Group Folder</source>
        <translation>加入小组文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="137"/>
        <source>Leave Group</source>
        <translation>退出小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="139"/>
        <source>Your notes stay with you. Your shared notes in the group folder:</source>
        <translation>你的笔记仍保留在你这里。小组文件夹中你共享的笔记：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="140"/>
        <source>Leave them for the group</source>
        <translation>留给小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="140"/>
        <source>Withdraw them</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="146"/>
        <source>You left the group; your notes stay with you. Your shared notes were withdrawn from the group folder.</source>
        <translation>你已退出小组，你的笔记仍保留在你这里。你共享的笔记已从小组文件夹撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="148"/>
        <source>You left the group; your notes stay with you. Your shared notes stay in the group folder for the others.</source>
        <translation>你已退出小组，你的笔记仍保留在你这里。你共享的笔记仍留在小组文件夹中供其他成员阅读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="153"/>
        <source>My Colour</source>
        <translation>我的颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="161"/>
        <source>Trust a New Device</source>
        <translation>信任新设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="164"/>
        <source>No member is writing from a new device that waits for your trust.</source>
        <translation>没有成员在用等待你信任的新设备写笔记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="169"/>
        <source>Only trust a device when you know it is this member&apos;s own (ask them):</source>
        <translation>只有确认这台设备属于该成员本人时才信任它（先问问对方）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="174"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="175"/>
        <source>The name your study group sees on your notes:</source>
        <translation>学习小组在你的笔记上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="229"/>
        <source>New notes are shared with the group</source>
        <translation>新笔记将与小组共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="229"/>
        <source>New notes stay private</source>
        <translation>新笔记仅自己可见</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="235"/>
        <source>Export One Member&apos;s Notes</source>
        <translation>导出某位成员的笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="235"/>
        <source>Member:</source>
        <translation>成员：</translation>
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
        <translation>Web 注释 (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="263"/>
        <location filename="../../app/ui/group/controller.py" line="269"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="269"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>无法把笔记写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="273"/>
        <source>Notes exported to {path}</source>
        <translation>笔记已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="276"/>
        <location filename="../../app/ui/group/controller.py" line="294"/>
        <location filename="../../app/ui/group/controller.py" line="310"/>
        <location filename="../../app/ui/group/controller.py" line="319"/>
        <source>Import Web Annotations</source>
        <translation>导入 Web 注释</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="295"/>
        <source>{path} could not be imported: {reason}</source>
        <translation>无法导入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="301"/>
        <source>import notes</source>
        <translation>导入笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="303"/>
        <source>Imported %n new or changed note.</source>
        <translation>
            <numerusform>已导入 %n 条新的或更改过的笔记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="304"/>
        <source>Imported %n new or changed notes.</source>
        <translation>
            <numerusform>已导入 %n 条新的或更改过的笔记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="306"/>
        <source>Skipped %n note(s) by other authors.</source>
        <translation>
            <numerusform>已跳过其他作者的 %n 条笔记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="311"/>
        <source>Not imported, with the reason:</source>
        <translation>以下未导入（附原因）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/controller.py" line="320"/>
        <source>%n of these notes were written by other authors. Your notes are shared under your name: skip theirs, or import them as your own?</source>
        <translation>
            <numerusform>其中 %n 条笔记由其他作者所写。你的笔记以你的名字共享：跳过这些笔记，还是作为你自己的笔记导入？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="323"/>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/controller.py" line="323"/>
        <source>Import them as mine</source>
        <translation>作为我的笔记导入</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <location filename="../../app/services/group_notices.py" line="11"/>
        <source>This window is read-only; the group cannot be changed here.</source>
        <translation>此窗口为只读，无法在这里更改小组。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="12"/>
        <source>The group folder is out of reach: the group&apos;s notes are shown as they were last seen.</source>
        <translation>无法访问小组文件夹：小组的笔记按最后一次看到的样子显示。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="14"/>
        <source>The group folder is back: the group&apos;s notes are up to date.</source>
        <translation>小组文件夹已恢复：小组的笔记已是最新。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="15"/>
        <source>The group folder is out of reach; your notes are safe here and will be shared when it is back.</source>
        <translation>无法访问小组文件夹；你的笔记安全地保存在本机，文件夹恢复后会自动共享。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="25"/>
        <source>The group folder {folder} now names another group; you stay in the group you joined.</source>
        <translation>小组文件夹 {folder} 现在写着另一个小组；你仍留在加入时的小组。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="18"/>
        <source>{color} is not a colour; give it as #rrggbb.</source>
        <translation>{color} 不是颜色，请以 #rrggbb 形式给出。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="19"/>
        <source>The new device writing as {name} is accepted; its notes are merged from now on.</source>
        <translation>已接受以 {name} 身份书写的新设备；从现在起合并它的笔记。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="21"/>
        <source>No device is waiting to be accepted for {author}.</source>
        <translation>没有等待接受的 {author} 的设备。</translation>
    </message>
    <message>
        <location filename="../../app/services/group_notices.py" line="22"/>
        <source>The group folder cannot be written now ({reason}); your notes are safe here and will be shared later.</source>
        <translation>现在无法写入小组文件夹（{reason}）；你的笔记安全地保存在本机，稍后会再共享。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/ui/print/document.py" line="162"/>
        <location filename="../../app/ui/print/vertical_pages.py" line="252"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="238"/>
        <source>Notes whose passage could not be found</source>
        <translation>找不到原文段落的笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="288"/>
        <source>(answer)</source>
        <translation>（答案）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="295"/>
        <source>Discussion sheet</source>
        <translation>讨论单</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/document.py" line="306"/>
        <source>No notes to discuss.</source>
        <translation>没有可讨论的笔记。</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="97"/>
        <source>The whole group&apos;s</source>
        <translation>全组的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="98"/>
        <source>Mine only</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="98"/>
        <location filename="../../app/ui/print/dialog.py" line="126"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="106"/>
        <source>Add a discussion sheet</source>
        <translation>附加讨论单</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="108"/>
        <source>by essay, or only notes tagged… (e.g. 讨论)</source>
        <translation>按文章，或仅限带此标签的笔记…（如 讨论）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="123"/>
        <source>Vertical text (直排), columns right to left</source>
        <translation>竖排（直排），从右到左分栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="126"/>
        <source>Over rare characters</source>
        <translation>标注生僻字</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="127"/>
        <source>Over every character</source>
        <translation>标注每个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="131"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="131"/>
        <source>Zhuyin (Bopomofo)</source>
        <translation>注音符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="132"/>
        <source>Jyutping (Cantonese)</source>
        <translation>粤拼（粤语）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="143"/>
        <source>Script form</source>
        <translation>文字形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="144"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="146"/>
        <source>Sheet tag</source>
        <translation>讨论单标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="148"/>
        <source>Readings</source>
        <translation>注音</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="149"/>
        <source>Reading system</source>
        <translation>注音方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/dialog.py" line="153"/>
        <source>Essays to print</source>
        <translation>要打印的文章</translation>
    </message>
</context>
<context>
    <name>HeatController</name>
    <message numerus="yes">
        <location filename="../../app/ui/group/heat.py" line="76"/>
        <source>%n member(s) here</source>
        <translation>
            <numerusform>这里有 %n 人做了标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/heat.py" line="83"/>
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/heat.py" line="84"/>
        <source>Click to open the thread</source>
        <translation>点击打开讨论串</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/core/library.py" line="161"/>
        <source>The essay folder {folder} does not exist.</source>
        <translation>文章文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/core/library.py" line="162"/>
        <location filename="../../app/core/importers/document.py" line="32"/>
        <source>{file} holds no essay text.</source>
        <translation>{file} 中没有文章正文。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="27"/>
        <location filename="../../app/core/importers/document.py" line="47"/>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="28"/>
        <source>{file} is not a regular file (a device, pipe or folder).</source>
        <translation>{file} 不是普通文件（而是设备、管道或文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="29"/>
        <source>{file} is {size} MB; essay files over {limit} MB are not opened.</source>
        <translation>{file} 有 {size} MB；超过 {limit} MB 的文章文件不会打开。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="30"/>
        <source>{file} looks like a binary file, not text.</source>
        <translation>{file} 看起来是二进制文件，不是文本。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="31"/>
        <source>{file} has 1 damaged character (shown as �); the rest of it was read.</source>
        <translation>{file} 有 1 个损坏的字符（显示为 �）；其余部分已读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="33"/>
        <source>{file} has {count} damaged characters (shown as �); the rest of it was read.</source>
        <translation>{file} 有 {count} 个损坏的字符（显示为 �）；其余部分已读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="35"/>
        <source>{file} is not in an encoding we recognise (UTF-8, GB18030, Big5).</source>
        <translation>{file} 的编码无法识别（支持 UTF-8、GB18030、Big5）。</translation>
    </message>
    <message>
        <location filename="../../app/core/textio.py" line="37"/>
        <source>{file} is damaged: it is not valid {encoding}.</source>
        <translation>{file} 已损坏：不是有效的 {encoding}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="20"/>
        <source>{file}: {kind} files cannot be imported (supported: {supported}).</source>
        <translation>{file}：不能导入 {kind} 文件（支持：{supported}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="22"/>
        <source>files without an extension</source>
        <translation>没有扩展名的</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="23"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="24"/>
        <source>{file} is {size} MB; files over {limit} MB are not imported.</source>
        <translation>{file} 有 {size} MB；超过 {limit} MB 的文件不会导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="25"/>
        <source>{file} is nested too deeply to be read.</source>
        <translation>{file} 嵌套过深，无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="26"/>
        <source>{file} is not a Word document (it has no {part}).</source>
        <translation>{file} 不是 Word 文档（其中没有 {part}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="27"/>
        <source>{file} is damaged: its document has no body.</source>
        <translation>{file} 已损坏：文档没有正文。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="28"/>
        <source>{file} is not an EPUB book (it has no {part}).</source>
        <translation>{file} 不是 EPUB 电子书（其中没有 {part}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="29"/>
        <source>{file} is damaged: its book has no chapters.</source>
        <translation>{file} 已损坏：书中没有章节。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="30"/>
        <source>{file} is protected by DRM (encrypted); it cannot be imported.</source>
        <translation>{file} 受 DRM 保护（已加密），无法导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="31"/>
        <source>{file} is damaged: it does not say where its book is.</source>
        <translation>{file} 已损坏：找不到书的内容位置。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="33"/>
        <source>{file} is password-protected (encrypted) or an old-style {kind} file; save it unprotected as .docx/.epub and import that.</source>
        <translation>{file} 有密码保护（已加密）或是旧式 {kind} 文件；请另存为不加密的 .docx/.epub 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="36"/>
        <source>{file} is damaged: it is not a readable {kind} file.</source>
        <translation>{file} 已损坏：不是可读取的 {kind} 文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="37"/>
        <source>{file} is damaged: {part} is missing.</source>
        <translation>{file} 已损坏：缺少 {part}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="38"/>
        <source>{file} is encrypted; it cannot be imported.</source>
        <translation>{file} 已加密，无法导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="39"/>
        <source>{file} looks like a zip bomb ({part} unpacks to {size} MB); it was not opened.</source>
        <translation>{file} 看起来是压缩炸弹（{part} 解压后有 {size} MB），未打开。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="41"/>
        <source>{file} unpacks to more text than an essay file holds; it was not opened (a zip bomb?).</source>
        <translation>{file} 解压后的文字远超文章文件应有的大小，未打开（可能是压缩炸弹）。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="43"/>
        <source>{file} is damaged: {part} cannot be unpacked.</source>
        <translation>{file} 已损坏：无法解压 {part}。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="44"/>
        <source>{file}: {part} declares XML entities; refused for safety.</source>
        <translation>{file}：{part} 声明了 XML 实体，为安全起见已拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="45"/>
        <source>{file} is damaged: {part} is not valid XML.</source>
        <translation>{file} 已损坏：{part} 不是有效的 XML。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="46"/>
        <source>{file} is not a regular file.</source>
        <translation>{file} 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="48"/>
        <source>The copy of {file} in the library could not be read: {reason}</source>
        <translation>无法读取文库中 {file} 的副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="49"/>
        <source>{file} is already in the library as “{title}”.</source>
        <translation>{file} 已在文库中，名为“{title}”。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="50"/>
        <source>{file} was not imported: the library already has a collection from a file of that name.</source>
        <translation>{file} 未导入：文库中已有来自同名文件的文集。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="52"/>
        <source>{file} could not be saved in the library: {reason}</source>
        <translation>无法把 {file} 保存到文库：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="53"/>
        <source>The import failed unexpectedly; details are in the log.</source>
        <translation>导入意外失败；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="54"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/core/importers/document.py" line="55"/>
        <source>The imported collection in {folder} could not be read ({reason}).</source>
        <translation>无法读取 {folder} 中导入的文集（{reason}）。</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <location filename="../../app/services/instance.py" line="133"/>
        <source>the data folder&apos;s lock cannot be checked: {reason}</source>
        <translation>无法检查数据文件夹的锁：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/instance.py" line="136"/>
        <source>this data folder&apos;s lock file was removed or replaced, so another Jiangxin Reader may be saving there now; this window no longer saves. Close the other window, then choose File → Merge My Changes In.</source>
        <translation>数据文件夹的锁文件已被删除或替换，另一个匠心阅读窗口可能正在那里保存；此窗口不再保存。请关闭另一个窗口，再选“文件 → 合并我的更改”。</translation>
    </message>
    <message>
        <location filename="../../app/services/instance.py" line="196"/>
        <source>this window has let go of its data folder</source>
        <translation>此窗口已释放其数据文件夹</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="35"/>
        <source>&amp;Highlight</source>
        <translation>划线(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="36"/>
        <source>&amp;Comment</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/kinds.py" line="37"/>
        <source>&amp;Question</source>
        <translation>提问(&amp;Q)</translation>
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
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="69"/>
        <source>Essays ({patterns});;All files (*)</source>
        <translation>文章 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="77"/>
        <source>An import is still running; try again when it ends.</source>
        <translation>仍有导入在进行；请在其结束后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="81"/>
        <source>There is nothing to import here.</source>
        <translation>这里没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="87"/>
        <source>Update Collection</source>
        <translation>更新文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="88"/>
        <source>“{title}” was imported from a file named {name}. Update it with this file? Notes find their passages again.</source>
        <translation>“{title}”是从名为 {name} 的文件导入的。要用这个文件更新它吗？笔记会重新找到各自的段落。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="99"/>
        <source>Paste as New Essay</source>
        <translation>粘贴为新文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="99"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="125"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="130"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/controller.py" line="138"/>
        <source>Imported %n collection.</source>
        <translation>
            <numerusform>已导入 %n 个文集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/controller.py" line="139"/>
        <source>Imported %n collections.</source>
        <translation>
            <numerusform>已导入 %n 个文集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="164"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="165"/>
        <source>Update from File…</source>
        <translation>从文件更新…</translation>
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
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="185"/>
        <location filename="../../app/ui/library/controller.py" line="187"/>
        <source>Rename Collection</source>
        <translation>重命名文集</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="185"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/controller.py" line="190"/>
        <source>Update “{title}” from a File</source>
        <translation>从文件更新“{title}”</translation>
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
        <translation>已从文库中移除“{title}”；其笔记仍保留（撤销可恢复）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="301"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="301"/>
        <source>This language is not available.</source>
        <translation>此语言暂不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="307"/>
        <source>Reload Essays</source>
        <translation>重新载入文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="308"/>
        <source>Essays reloaded.</source>
        <translation>文章已重新载入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="340"/>
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心阅读 {version}&lt;/h3&gt;&lt;p&gt;一起读中文文章，各用自己习惯的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="342"/>
        <source>About Jiangxin Reader</source>
        <translation>关于匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="36"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="37"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="36"/>
        <source>Highlight in Col&amp;our</source>
        <translation>按颜色高亮(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="37"/>
        <source>Lan&amp;guage</source>
        <translation>界面语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="38"/>
        <source>&amp;Readings</source>
        <translation>注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="38"/>
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="39"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/menus.py" line="39"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="361"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="362"/>
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="363"/>
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章显示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="365"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="367"/>
        <source>Notes and settings are not saved in this window; see the message at start-up.</source>
        <translation>本窗口不会保存笔记和设置；详见启动时的提示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="372"/>
        <source>Jiangxin Reader</source>
        <translation>匠心阅读</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="384"/>
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 约 {minutes} 分钟 · 已读 {percent}%</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="63"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="64"/>
        <source>Last active</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="65"/>
        <source>Join Group Folder…</source>
        <translation>加入小组文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="66"/>
        <source>Create Group Folder…</source>
        <translation>创建小组文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="75"/>
        <source>Group: {name}</source>
        <translation>小组：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/members_panel.py" line="76"/>
        <source>You are not in a study group. Join the group folder a member shared with you, or create one to share with your group.</source>
        <translation>你还没有加入学习小组。可以加入组员与你共享的小组文件夹，也可以创建一个，共享给你的小组。</translation>
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
        <translation>此窗口重新保存到数据文件夹，并保留了期间保存在那里的笔记。</translation>
    </message>
</context>
<context>
    <name>MergeBack</name>
    <message>
        <location filename="../../app/services/merge_back.py" line="44"/>
        <source>Another Jiangxin Reader still uses this data folder. Close it, then merge your changes again.</source>
        <translation>另一个匠心阅读窗口仍在使用这个数据文件夹。请先关闭它，再合并你的更改。</translation>
    </message>
    <message>
        <location filename="../../app/services/merge_back.py" line="48"/>
        <source>The data folder could not be taken back: {reason}</source>
        <translation>无法重新取得数据文件夹：{reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="31"/>
        <location filename="../../app/ui/notes/dialog.py" line="60"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="54"/>
        <source>Your thoughts on this passage…</source>
        <translation>你对这段文字的想法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="56"/>
        <source>e.g. 工匠, 讨论</source>
        <translation>例如：工匠, 讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="59"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="61"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/dialog.py" line="68"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="150"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="151"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="154"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>不在文库中</translation>
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
        <translation>学习小组在你的笔记上看到的名字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="298"/>
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="318"/>
        <source>This note is {name}&apos;s: only its author changes it, but you can reply.</source>
        <translation>这条笔记属于 {name}：只有作者可以修改，但你可以回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="331"/>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="337"/>
        <source>share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="337"/>
        <source>make private</source>
        <translation>设为私有</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="351"/>
        <source>edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="356"/>
        <source>change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="361"/>
        <source>delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="362"/>
        <source>Highlight deleted. Undo with {keys}.</source>
        <translation>已删除高亮。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="369"/>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="370"/>
        <source>Bookmarked: {name}</source>
        <translation>已添加书签：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="377"/>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="377"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="379"/>
        <source>rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="384"/>
        <source>delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="385"/>
        <source>Bookmark deleted. Undo with {keys}.</source>
        <translation>已删除书签。按 {keys} 撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="421"/>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="425"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="426"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="430"/>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/controller.py" line="432"/>
        <source>Shared with the Group</source>
        <translation>与小组共享</translation>
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
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="33"/>
        <source>Markdown (*.md);;JSON (*.json);;Readwise CSV (*.csv)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Readwise CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="55"/>
        <source>Export Notes to an Obsidian Folder</source>
        <translation>导出笔记到 Obsidian 文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/export.py" line="65"/>
        <source>%n essay&apos;s notes exported to {path}</source>
        <translation>
            <numerusform>%n 篇文章的笔记已导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/export.py" line="67"/>
        <source>%n essays&apos; notes exported to {path}</source>
        <translation>
            <numerusform>%n 篇文章的笔记已导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="76"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>无法把笔记写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/export.py" line="37"/>
        <source>Notes exported to {path}</source>
        <translation>笔记已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../app/ui/print/controller.py" line="94"/>
        <source>Print Handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="115"/>
        <location filename="../../app/ui/print/controller.py" line="121"/>
        <location filename="../../app/ui/print/controller.py" line="127"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="121"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="128"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>无法将 PDF 写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/controller.py" line="130"/>
        <source>PDF written to {path}</source>
        <translation>PDF 已写入 {path}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="33"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="34"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="35"/>
        <source>File</source>
        <translation>文件</translation>
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
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/file_dialogs.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
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
        <translation>无法保存你最近的更改：{reason}

请在有空间或恢复访问权限后重试，或将副本另存到别处，或者退出并放弃上次保存以来的更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="65"/>
        <location filename="../../app/ui/common/quit_guard.py" line="106"/>
        <source>Changes Not Saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="98"/>
        <source>Save a Copy of Your Notes and Settings</source>
        <translation>保存笔记和设置的副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="99"/>
        <source>Jiangxin Reader data (*.json)</source>
        <translation>匠心阅读数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/quit_guard.py" line="105"/>
        <source>The copy could not be saved either: {reason}</source>
        <translation>副本也无法保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../app/services/read_aloud.py" line="37"/>
        <source>The speech engine failed: {error}</source>
        <translation>语音引擎出错：{error}</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="38"/>
        <source>The speech engine did not begin to speak. Check that the sound output works, or choose another voice in the system&apos;s speech settings.</source>
        <translation>语音引擎没有开始朗读。请检查声音输出是否正常，或在系统的语音设置中换一个语音。</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="41"/>
        <source>The speech engine did not answer when it was started. Press Try again to start it again. {how}</source>
        <translation>语音引擎启动时没有响应。请按“再试一次”重新启动它。{how}</translation>
    </message>
    <message>
        <location filename="../../app/services/read_aloud.py" line="44"/>
        <source>The speech engine stopped answering, so reading aloud stopped. Press Try again to restart it and go on where it stopped. {how}</source>
        <translation>语音引擎停止了响应，朗读已停止。请按“再试一次”重新启动它，并从停下的地方继续朗读。{how}</translation>
    </message>
    <message>
        <location filename="../../app/services/speech_engine.py" line="25"/>
        <source>Read-aloud is not available: Qt&apos;s speech module could not be loaded ({error}).</source>
        <translation>无法朗读：未能载入 Qt 的语音模块（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="24"/>
        <source>Add one in Settings → Time &amp; language → Speech → Add voices (Chinese), then quit Jiangxin Reader and start it again.</source>
        <translation>请在“设置 → 时间和语言 → 语音 → 添加语音”中添加中文语音，然后退出匠心阅读并重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="27"/>
        <source>Add one in System Settings → Accessibility → Spoken Content → System voice → Manage Voices (Chinese), then quit Jiangxin Reader and start it again.</source>
        <translation>请在“系统设置 → 辅助功能 → 朗读内容 → 系统语音 → 管理语音”中添加中文语音，然后退出匠心阅读并重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="30"/>
        <source>Install speech-dispatcher and espeak-ng (for example: {command}), then quit Jiangxin Reader and start it again.</source>
        <translation>请安装 speech-dispatcher 和 espeak-ng（例如：{command}），然后退出匠心阅读并重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="34"/>
        <source>Install espeak-ng&apos;s voices for speech-dispatcher (for example: {command}), then quit Jiangxin Reader and start it again.</source>
        <translation>请为 speech-dispatcher 安装 espeak-ng 的语音（例如：{command}），然后退出匠心阅读并重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="37"/>
        <source>No Chinese voice is installed. {how}</source>
        <translation>系统中没有中文语音。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="38"/>
        <source>No speech engine was found. {how}</source>
        <translation>找不到语音引擎。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="39"/>
        <source>Read-aloud needs speech-dispatcher, which is not installed. {how}</source>
        <translation>朗读需要 speech-dispatcher，但系统中没有安装。{how}</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="41"/>
        <source>speech-dispatcher is installed but could not be started or reached. Run {command} in a terminal to start it and see what goes wrong, then press Try again.</source>
        <translation>speech-dispatcher 已安装，但无法启动或连接。请在终端中运行 {command} 来启动它并查看出错原因，然后按“再试一次”。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="44"/>
        <source>The speech engine {engine} could not be started ({error}). Press Try again, or check the system&apos;s speech settings.</source>
        <translation>无法启动语音引擎 {engine}（{error}）。请按“再试一次”，或检查系统的语音设置。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="47"/>
        <source>If it happens again, restart speech-dispatcher (in a terminal: {command}; it starts again by itself).</source>
        <translation>如果再次出现，请重新启动 speech-dispatcher（在终端中运行：{command}；它会自动重新启动）。</translation>
    </message>
    <message>
        <location filename="../../app/core/speech_advice.py" line="50"/>
        <source>If it happens again, restart Jiangxin Reader.</source>
        <translation>如果再次出现，请重新启动匠心阅读。</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Voice by script</source>
        <translation>按文字形式选语音</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Mandarin 普通话</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="120"/>
        <source>Cantonese 粵語</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="125"/>
        <source>Which spoken language reads the essay: by script reads 香港繁體 in Cantonese (when the system has such a voice) and everything else in Mandarin</source>
        <translation>用哪种语言朗读：按文字形式时，香港繁體用粤语（系统有粤语语音时），其余用普通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="129"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="130"/>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="131"/>
        <source>Reading speed (the middle is the voice&apos;s own pace)</source>
        <translation>朗读速度（居中为语音本来的速度）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="133"/>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="134"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="135"/>
        <source>Start the speech engine again and read aloud</source>
        <translation>重新启动语音引擎并朗读</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="149"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="150"/>
        <source>Read aloud from the caret, or the selection</source>
        <translation>从光标处朗读，或朗读选中的文字</translation>
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
        <translation>复读一段：在正在朗读的句子或光标处设定 A 点</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="157"/>
        <source>Set B: the passage from A to this sentence repeats</source>
        <translation>设定 B 点：从 A 到这一句反复朗读</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="158"/>
        <source>Stop repeating</source>
        <translation>停止复读</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/read_aloud_bar.py" line="164"/>
        <source>Repeats: %n</source>
        <translation>
            <numerusform>已复读：%n 遍</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="196"/>
        <source>Starting the speech engine…</source>
        <translation>正在启动语音引擎…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="188"/>
        <source>No Cantonese voice: reading in Mandarin, {voice}</source>
        <translation>没有粤语语音：改用普通话，{voice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/read_aloud.py" line="190"/>
        <source>No Mandarin voice: reading in Cantonese, {voice}</source>
        <translation>没有普通话语音：改用粤语，{voice}</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="31"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="42"/>
        <source>Your reply to {name}…</source>
        <translation>你对 {name} 的回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="43"/>
        <source>this note</source>
        <translation>这条笔记</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="47"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/reply_dialog.py" line="48"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../app/ui/shell/save_status.py" line="24"/>
        <source>Your changes could not be saved: {reason}</source>
        <translation>无法保存你的更改：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/save_status.py" line="33"/>
        <source>Your changes are saved again.</source>
        <translation>您的更改已重新保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/save_status.py" line="37"/>
        <source>%n character(s) in your notes could not be stored and were saved as �.</source>
        <translation>
            <numerusform>笔记中有 %n 个字符无法存储，已保存为 �。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="116"/>
        <source>Search the library (any script)</source>
        <translation>搜索文库（任何字体均可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="131"/>
        <source>Preparing the word index…</source>
        <translation>正在准备词语索引…</translation>
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
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="146"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="143"/>
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到“{query}”。</translation>
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
        <translation>从小组移除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="55"/>
        <source>Share with Group…</source>
        <translation>与小组共享…</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="63"/>
        <source>Copy the current text of “{title}” to the group again? Members see the new version; notes follow by quote.</source>
        <translation>再次把“{title}”的当前文本复制给小组？成员会看到新版本；笔记按引文跟随。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="65"/>
        <source>Copy “{title}” into the group folder so every member can read and annotate it? Your notes on it move to the group&apos;s copy and are shared.</source>
        <translation>把“{title}”复制到小组文件夹，让每位成员都能阅读和标注吗？你在其上的笔记会移到小组的副本并共享。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="67"/>
        <source>Share with Group</source>
        <translation>与小组共享</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="69"/>
        <source>Sharing “{title}” with the group…</source>
        <translation>正在与小组共享“{title}”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/group/share_menu.py" line="76"/>
        <source>“{title}” is shared with the group: %n essay(s).</source>
        <translation>
            <numerusform>“{title}”已与小组共享：%n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="81"/>
        <source>Remove from Group</source>
        <translation>从小组移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="82"/>
        <source>Take “{title}” out of the group folder? Members&apos; notes on it stay theirs and come back if it is shared again.</source>
        <translation>把“{title}”从小组文件夹中移除吗？成员在其上的笔记仍归各自所有，再次共享时会回来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/group/share_menu.py" line="90"/>
        <source>“{title}” was removed from the group.</source>
        <translation>“{title}”已从小组移除。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="32"/>
        <source>Select a word</source>
        <translation>选中一个词</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="32"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="33"/>
        <source>Extend the selection by a word</source>
        <translation>按词扩展选区</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="34"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="68"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="71"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="71"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../app/store/store.py" line="51"/>
        <source>the store is open read-only</source>
        <translation>存储以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="52"/>
        <source>The backup {file} could not be read either ({reason}); starting with an empty store.</source>
        <translation>备份 {file} 也无法读取（{reason}）；将从空白存储开始。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="54"/>
        <source>Your notes and settings were restored from the backup of {time}.</source>
        <translation>你的笔记和设置已从 {time} 的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="55"/>
        <source>The backup could not be written: {reason}.</source>
        <translation>无法写入备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="56"/>
        <source>{file} could not be read ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="57"/>
        <source>{file} could not be read ({reason}) nor moved aside; the app runs read-only so that the file is not overwritten.</source>
        <translation>无法读取 {file}（{reason}），也无法把它移到一旁；应用以只读方式运行，以免覆盖该文件。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="60"/>
        <source>{file} could not be read ({reason}). It was kept as {aside} and has not been changed.</source>
        <translation>无法读取 {file}（{reason}）。它已保留为 {aside}，内容未改动。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="62"/>
        <source>This data was written by a newer version of Jiangxin Reader (format {schema}). It is open read-only so that nothing is lost; update the app to make changes.</source>
        <translation>这些数据由更新版本的匠心阅读写入（格式 {schema}）。为避免丢失，已以只读方式打开；请更新应用后再修改。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="65"/>
        <source>Your data needs upgrading to this version&apos;s format, but a copy of the old file could not be kept first ({reason}). Nothing was changed; the app runs read-only until there is room on the disk.</source>
        <translation>你的数据需要升级为此版本的格式，但无法先保留旧文件的副本（{reason}）。未做任何改动；在磁盘有空间之前，应用以只读方式运行。</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="68"/>
        <source>this window no longer owns the data folder (its lock file was removed or taken over), so it does not save there</source>
        <translation>此窗口已不再拥有数据文件夹（其锁文件已被删除或被接管），因此不在那里保存</translation>
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
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="74"/>
        <source>it is not a regular file but a pipe, a device or a folder</source>
        <translation>它不是普通文件，而是管道、设备或文件夹</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="36"/>
        <source>it is nested too deeply to be a store file</source>
        <translation>它嵌套过深，不可能是存储文件</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="33"/>
        <source>it does not hold a JSON object</source>
        <translation>其中不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="34"/>
        <source>it has no valid schema number</source>
        <translation>没有有效的格式版本号</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="35"/>
        <source>its &quot;{section}&quot; section is not an object</source>
        <translation>其中的“{section}”部分不是对象</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="37"/>
        <source>its &quot;{section}&quot; section is not a list</source>
        <translation>其中的“{section}”部分不是列表</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="38"/>
        <source>the reading place of {essay} is malformed</source>
        <translation>{essay} 的阅读位置格式有误</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="40"/>
        <source>1 note could not be read and was set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other note loaded.</source>
        <translation>有 1 条笔记无法读取，已原样移到存储文件的“{key}”下：{shown}。其他笔记均已载入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="42"/>
        <source>{count} notes could not be read and were set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other note loaded.</source>
        <translation>有 {count} 条笔记无法读取，已原样移到存储文件的“{key}”下：{shown}。其他笔记均已载入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="45"/>
        <source>1 bookmark could not be read and was set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other bookmark loaded.</source>
        <translation>有 1 个书签无法读取，已原样移到存储文件的“{key}”下：{shown}。其他书签均已载入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="47"/>
        <source>{count} bookmarks could not be read and were set aside, unchanged, in the store file (under &quot;{key}&quot;): {shown}. Every other bookmark loaded.</source>
        <translation>有 {count} 个书签无法读取，已原样移到存储文件的“{key}”下：{shown}。其他书签均已载入。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="49"/>
        <source>{shown}; and {count} more</source>
        <translation>{shown}；另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="50"/>
        <source>{count} of the notes shared an id with another one; each was kept under a new id.</source>
        <translation>有 {count} 条笔记与其他笔记编号重复；每条都已以新编号保留。</translation>
    </message>
    <message>
        <location filename="../../app/store/validation.py" line="52"/>
        <source>{count} of the bookmarks shared an id with another one; each was kept under a new id.</source>
        <translation>有 {count} 个书签与其他书签编号重复；每个都已以新编号保留。</translation>
    </message>
    <message>
        <location filename="../../app/services/notes_load.py" line="31"/>
        <source>Your notes could not be read ({error}). Nothing is saved in this session, so the file that holds them stays as it is; details are in the log.</source>
        <translation>无法读取你的笔记（{error}）。本次不会保存任何内容，存放笔记的文件保持原样；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../app/services/persistence.py" line="36"/>
        <source>the notes could not be read, so nothing is saved over the file that holds them</source>
        <translation>笔记无法读取，因此不会覆盖存放笔记的文件</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <location filename="../../app/services/study_errors.py" line="8"/>
        <source>Only the one who asked can mark the answer or resolve the question.</source>
        <translation>只有提问的人才能标记答案或将问题标为已解决。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="9"/>
        <source>That note is not a reply to this question.</source>
        <translation>那条笔记不是对这个问题的回复。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="10"/>
        <source>{due} is not a date; give it as YYYY-MM-DD.</source>
        <translation>{due} 不是日期；请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="11"/>
        <source>An assignment needs at least one essay.</source>
        <translation>作业至少需要一篇文章。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="12"/>
        <source>You have no assignment {id}.</source>
        <translation>你没有作业 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="13"/>
        <source>This is for a study group; join or create one first.</source>
        <translation>这是小组的功能；请先加入或创建一个小组。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_errors.py" line="14"/>
        <source>This window is read-only; the group&apos;s records cannot be changed here.</source>
        <translation>此窗口为只读；无法在这里更改小组的记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="21"/>
        <source>There is no collection {id} in your library.</source>
        <translation>你的文库里没有文集 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="22"/>
        <source>{id} is not one of your imported collections; only those can be shared.</source>
        <translation>{id} 不是你导入的文集；只有导入的文集才能分享。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="24"/>
        <source>You have not shared {id} with the group.</source>
        <translation>你没有把 {id} 分享给小组。</translation>
    </message>
    <message>
        <location filename="../../app/services/study_share.py" line="25"/>
        <source>The text could not be copied into the group folder ({reason}).</source>
        <translation>无法把文本复制到小组文件夹（{reason}）。</translation>
    </message>
</context>
<context>
    <name>StudyCli</name>
    <message>
        <location filename="../../app/cli/study.py" line="29"/>
        <source>Shared “{title}” with the group ({count} essays, file {file}).</source>
        <translation>已把“{title}”分享给小组（{count} 篇，文件 {file}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="30"/>
        <source>“{id}” is no longer shared with the group.</source>
        <translation>“{id}”已不再分享给小组。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="31"/>
        <source>Posted assignment {id}, due {due}.</source>
        <translation>已发布作业 {id}，截止日期 {due}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="32"/>
        <source>You agree with {id} (赞同); it has {count} now.</source>
        <translation>你赞同了 {id}；现在共有 {count} 个赞同。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="33"/>
        <source>You already agree with {id}; a member agrees once.</source>
        <translation>你已经赞同过 {id}；每位成员只能赞同一次。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="34"/>
        <source>Your 赞同 on {id} is withdrawn.</source>
        <translation>你对 {id} 的赞同已撤回。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="35"/>
        <source>You had not agreed with {id}.</source>
        <translation>你没有赞同过 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="36"/>
        <source>{reply} is marked as the answer to {id}.</source>
        <translation>{reply} 已标记为 {id} 的答案。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="37"/>
        <source>{id} has no answer marked now.</source>
        <translation>{id} 现在没有标记的答案。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="38"/>
        <source>{id} is marked resolved.</source>
        <translation>{id} 已标记为已解决。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="39"/>
        <source>{id} is open again.</source>
        <translation>{id} 已重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="40"/>
        <source>The group can now see how far you have read assigned essays.</source>
        <translation>小组现在可以看到你读到作业文章的哪里。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="41"/>
        <source>Your reading progress is no longer shared with the group.</source>
        <translation>你的阅读进度已不再分享给小组。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="42"/>
        <source>There is no note {id} that you can see.</source>
        <translation>没有你能看到的笔记 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="43"/>
        <source>There is no essay {id} (see `list --json`).</source>
        <translation>没有文章 {id}（见 `list --json`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="44"/>
        <source>Give the reply&apos;s id, or --clear.</source>
        <translation>请给出回复的 id，或使用 --clear。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="45"/>
        <source>There is no assignment {id}.</source>
        <translation>没有作业 {id}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="46"/>
        <source>No assignments yet.</source>
        <translation>还没有作业。</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="47"/>
        <source>{id}  due {due}  {title}  by {author}  your progress {read}%</source>
        <translation>{id}  截止 {due}  {title}  发布者 {author}  你的进度 {read}%</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="48"/>
        <source>(facilitator)</source>
        <translation>（带领人）</translation>
    </message>
    <message>
        <location filename="../../app/cli/study.py" line="49"/>
        <source>This data folder is in no group.</source>
        <translation>这个数据文件夹没有加入小组。</translation>
    </message>
</context>
<context>
    <name>StudyNoteActions</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/study_actions.py" line="48"/>
        <source>赞同 %n</source>
        <translation>
            <numerusform>赞同 %n</numerusform>
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
        <translation>✓ 已解决</translation>
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
            <numerusform>赞同 +1（目前 %n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="82"/>
        <source>Mark as the Answer</source>
        <translation>标为答案</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/study_actions.py" line="92"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <location filename="../../app/ui/shell/context_menus.py" line="31"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/context_menus.py" line="34"/>
        <source>Copy Title</source>
        <translation>复制标题</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="65"/>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="66"/>
        <source>No words yet. Point at a word in the essay and choose “Add to My Words” on its card.</source>
        <translation>还没有生词。把指针停在文章中的词语上，在词卡上选“加入我的生词”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dictionary/panel.py" line="69"/>
        <source>Export CSV for Anki…</source>
        <translation>导出 Anki 用 CSV…</translation>
    </message>
</context>
<context>
    <name>VocabularyService</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="88"/>
        <source>Add to My Words</source>
        <translation>加入我的生词</translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="98"/>
        <source>Delete from My Words</source>
        <translation>从我的生词中删除</translation>
    </message>
</context>
<context>
    <name>WebAnnotations</name>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="29"/>
        <source>the file holds no annotations</source>
        <translation>文件中没有批注</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="30"/>
        <source>the file holds no annotation collection or page</source>
        <translation>文件中没有批注集合或批注页</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="31"/>
        <source>it is not an annotation</source>
        <translation>它不是批注</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="32"/>
        <source>it has no target</source>
        <translation>它没有目标</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="33"/>
        <source>it marks an image, a sound, a video or data, not text</source>
        <translation>它标注的是图像、声音、视频或数据，而不是文字</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="34"/>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="35"/>
        <source>it is nested too deeply to hold annotations</source>
        <translation>嵌套层数过深，不可能是批注</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="36"/>
        <source>it is not JSON ({reason})</source>
        <translation>它不是 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="37"/>
        <source>it is larger than {limit} MB, far more than any notes file</source>
        <translation>文件大于 {limit} MB，远超任何笔记文件</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="39"/>
        <source>its annotations are in pages outside this file</source>
        <translation>它的批注在此文件以外的页面中</translation>
    </message>
    <message>
        <location filename="../../app/core/jsonld_import.py" line="40"/>
        <source>its text, quote or tags are longer than a note may be</source>
        <translation>文字、引文或标签超出了一条笔记的长度限制</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../app/ui/search/controller.py" line="111"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="112"/>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="167"/>
        <source>Search the Library for “{text}”</source>
        <translation>在文库中搜索“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/controller.py" line="215"/>
        <source>Word features are unavailable: {reason}</source>
        <translation>词语功能不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/services/workspace.py" line="42"/>
        <source>Study group</source>
        <translation>学习小组</translation>
    </message>
</context>
</TS>
