/* test_units.c - unit splitting and exact conversions. */
#include "core/units.h"

#include "harness.h"

static const char *split(const char *u, int *e)
{
	static char base[32];
	db_unit_split(u, base, e);
	return base;
}

int main(void)
{
	int e = -99;
	STR_EQ("元", split("亿元", &e));
	INT_EQ(8, e);
	STR_EQ("元", split("万亿元", &e));
	INT_EQ(12, e);
	STR_EQ("元", split("千万元", &e));
	INT_EQ(7, e);
	STR_EQ("元", split("百万元", &e));
	INT_EQ(6, e);
	STR_EQ("元", split("万元", &e));
	INT_EQ(4, e);
	STR_EQ("元", split("千元", &e));
	INT_EQ(3, e);
	STR_EQ("元", split("百元", &e));
	INT_EQ(2, e);
	STR_EQ("元", split("元", &e));
	INT_EQ(0, e);
	STR_EQ("人", split("万人", &e));
	INT_EQ(4, e);
	STR_EQ("吨", split("万吨", &e));
	INT_EQ(4, e);
	STR_EQ("千米", split("千米", &e));
	INT_EQ(0, e);
	STR_EQ("千瓦时", split("千瓦时", &e));
	INT_EQ(0, e);
	STR_EQ("千瓦时", split("亿千瓦时", &e));
	INT_EQ(8, e);
	STR_EQ("千克", split("千克", &e));
	INT_EQ(0, e);
	STR_EQ("百分点", split("百分点", &e));
	INT_EQ(0, e);
	STR_EQ("美元", split("亿美元", &e));
	INT_EQ(8, e);
	STR_EQ("美元", split("万美元", &e));
	INT_EQ(4, e);
	STR_EQ("%", split("%", &e));
	INT_EQ(0, e);
	STR_EQ("平方米", split("万平方米", &e));
	INT_EQ(4, e);
	STR_EQ("家", split("家", &e));
	INT_EQ(0, e);

	double v = 0;
	INT_EQ(0, db_unit_convert(25, "亿斤", "万吨", &v)); /* grain in 斤 */
	DBL_EQ(125, v);
	INT_EQ(0, db_unit_convert(5989.4, "公斤", "万吨", &v));
	DBL_EQ(0.00059894, v);
	INT_EQ(-1, db_unit_convert(25, "万吨", "亿斤", &v)); /* (one way only) */
	INT_EQ(0, db_unit_convert(3.2, "亿度", "亿千瓦时", &v)); /* 度 = 千瓦时 */
	DBL_EQ(3.2, v);
	INT_EQ(0, db_unit_convert(4500, "万度", "亿千瓦时", &v));
	DBL_EQ(0.45, v);
	INT_EQ(0, db_unit_convert(27, "μg/m3", "微克/立方米", &v)); /* PM2.5 */
	DBL_EQ(27, v);
	INT_EQ(0, db_unit_convert(2711000.0, "万元", "亿元", &v));
	DBL_EQ(271.1, v);
	INT_EQ(0, db_unit_convert(271.1, "亿元", "元", &v));
	DBL_EQ(27110000000.0, v);
	INT_EQ(0, db_unit_convert(1.2, "万亿元", "亿元", &v));
	DBL_EQ(12000.0, v);
	INT_EQ(0, db_unit_convert(3.0, "千元", "万元", &v));
	DBL_EQ(0.3, v);
	INT_EQ(0, db_unit_convert(52345.0, "元", "万元", &v));
	DBL_EQ(5.2345, v);
	INT_EQ(0, db_unit_convert(12.3, "万人", "人", &v));
	DBL_EQ(123000.0, v);
	INT_EQ(0, db_unit_convert(10.9, "%", "%", &v));
	DBL_EQ(10.9, v);
	v = -1;
	INT_EQ(-1, db_unit_convert(5.0, "亿美元", "亿元", &v));
	DBL_EQ(-1.0, v);
	INT_EQ(-1, db_unit_convert(5.0, "千米", "米", &v));
	INT_EQ(-1, db_unit_convert(5.0, "%", "百分点", &v));
	INT_EQ(-1, db_unit_convert(5.0, "万人", "万吨", &v));

	OK(db_unit_compatible("亿元", "万元"));
	OK(db_unit_compatible("万亿元", "元"));
	OK(!db_unit_compatible("亿美元", "亿元"));
	OK(!db_unit_compatible("千米", "米"));
	OK(db_unit_compatible("万吨", "吨"));
	DB_TEST_END();
}
