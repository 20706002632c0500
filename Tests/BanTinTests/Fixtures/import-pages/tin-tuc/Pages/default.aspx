<!DOCTYPE html>
<html lang="vi-VN">
<head><meta charset="utf-8" /><title>Tin tức</title></head>
<body>
<div id="DeltaPlaceHolderMain">
	<div class="danh-sach-tin">
		<h2>Tin mới</h2>
		<ul>
			<li><a href="../../tin-chuyen-nganh/Pages/nam-2020-phan-dau-khong-con-ho-ngheo.aspx">Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương</a> <span class="news-date">25/06/2020</span></li>
			<li><a href="../../Pages/chi-tiet-tin.aspx?ItemID=123">Khánh thành cầu Bến Sỏi mới</a></li>
		</ul>
	</div>
</div>
</body>
</html>
